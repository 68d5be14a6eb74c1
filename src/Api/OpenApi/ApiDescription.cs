namespace InvestPromo.Api.OpenApi;

/// <summary>
/// The words of the OpenAPI document an integrator reads first: <c>info.description</c> (Markdown) and one description per
/// tag. Paging, rate limits, the error format, concurrency, idempotency and the date and money conventions are described
/// here once; each operation's own description (who may call it, its error codes) is composed by
/// <see cref="OperationDescriptionFilter"/>.
/// </summary>
public static class ApiDescription
{
    public const string Info = """
        招商引资项目管理平台 API — the REST API of InvestPromo, the system a city's investment promotion center (投资促进中心) runs
        to manage investment attraction (招商引资). Carrier units (载体单位: counties, districts, development parks) file project
        leads, the center reviews them within three working days, approved projects are published every Monday for public
        comment, objections are re-reviewed, and approved projects are analysed and listed for leaders' trips.

        ## What it does

        - **Filings and their review** (`Filings`): a filer creates a draft (`POST /api/filings`), edits it, attaches files and
          submits it (`POST /api/filings/{id}/submit`); a reviewer approves it (备案, `…/approve`) or returns it with reasons
          (退回修改, `…/return`) within three working days on China's official calendar; the filer corrects and resubmits; a
          reviewer may revoke an approval (`…/revoke`); the filer may withdraw a filing under review. Statuses: `Draft`,
          `UnderReview`, `Approved`, `Returned`, `Withdrawn`, `Revoked`, `UnderReReview`. The review queue
          (`GET /api/review/queue`) lists filings under review, soonest deadline first. Suspected duplicates are shown side by side.
        - **Publications** (`Publications`, `Public`): every Monday at 09:00 (China time) the previous week's approvals are
          published (每周公示) with a publicity period of five working days. Anyone reads them without signing in under
          `/api/public/publications`: public fields only, never contacts, credit codes or attachments.
        - **Objections** (`Public`, `Objections`): during the publicity period anyone may object to a published project
          (`POST /api/public/publications/{id}/entries/{entryId}/objections`) and follow it with the receipt code. The filing goes
          to re-review (`UnderReReview`); a reviewer dismisses the objection (异议不成立, approved again once none is open) or
          upholds it (异议成立, revoking or returning the filing).
        - **Analysis** (`Analysis`): approved projects grouped by industry chain, source region, scale band, stage, unit or
          period, with counts and exact sums; also as .xlsx.
        - **Reserve list** (`ReserveList`): approved projects that are mature and large (储备项目), by source region, for leaders'
          outbound trips. Internal staff only (not API keys).
        - **Workbench** (`Workbench`): each role's landing-page counts.
        - **Notifications** (`Notifications`): the signed-in user's in-app notifications (not for API keys).
        - **Calendar** (`Calendar`): China's working-day calendar (holidays and make-up working days); public reads, admin edits.
        - **Audit** (`Audit`): who changed what and when, with the values before and after (admins).
        - **Organisation and reference data** (`Units`, `Users`, `Associations`, `ReferenceData`): carrier units, user accounts,
          associations (商协会/校友会), industry chains (产业链) and source regions (GB/T 2260 and ISO 3166-1 codes).
        - **API keys** (`ApiKeys`): admins issue and revoke integrators' keys.
        - **Change feed** (`Changes`): `GET /api/changes?after=<cursor>&limit=<1..1000, default 100>` answers the changes to
          filings and tracked projects in commit order — `{ entries: [{ cursor, resource: "filing" | "project", id, kind, version, changedAt }], nextCursor,
          hasMore }` with `kind` one of `created`, `updated`, `statusChanged`, `revoked`, `deleted`. Omit `after` to start
          from the beginning; keep `nextCursor` and poll with it forever (it equals the `after` you sent when nothing is new).
          The cursor is opaque; a malformed one is a 400 `changes.cursor-invalid`. Scoped like every other read; same readers
          as `GET /api/filings`.
        - **Webhooks** (`Webhooks`, admins): subscriptions (`/api/webhooks/subscriptions`) to the event types `filing.submitted`,
          `filing.approved`, `filing.returned`, `filing.revoked`, `publication.published`, `objection.lodged`,
          `objection.decided` (and `ping`). A delivery is a `POST` of JSON `{ id, type, occurredAt, data }` with the headers
          `X-InvestPromo-Event` (the type), `X-InvestPromo-Event-Id` (the id: de-duplicate by it), `X-InvestPromo-Timestamp`
          (Unix seconds) and `X-InvestPromo-Signature: v1=<lowercase hex HMAC-SHA256(secret, timestamp + "." + raw body)>`.
          Answer 2xx within 10 seconds; anything else is retried with exponential backoff, and after 8 failed attempts the
          delivery is failed and the subscription marked failing. The delivery log (`/api/webhooks/deliveries`) shows every
          attempt; an admin may redeliver. Payloads never carry contact data. Targets must be HTTPS and not in a private range
          (400 `webhooks.url-not-https`, `webhooks.url-private`).

        ## Authentication

        - **API key** (integrators): send `X-Api-Key: ipk_…`. An admin creates keys (SPA: 集成密钥, or `POST /api/api-keys`); the
          secret is shown once. A `ReadOnly` key may only send GET requests (anything else is a 403 `auth.api-key-read-only`); a
          `ReadWrite` key may also write where its role allows. Contact people and phones are only in answers to keys an admin
          granted them. Keys unused for 180 days are retired.
        - **Session cookie** (the SPA): `POST /api/auth/login` sets the session cookie and the `XSRF-TOKEN` cookie; every unsafe
          request (POST, PUT, DELETE) echoes that cookie's value in the `X-XSRF-TOKEN` header (400 `antiforgery.invalid`
          otherwise). Sessions end after 30 idle minutes or 8 hours (401 `auth.session-ended`).
        - Each operation's description says **who may call** it (roles: admins, reviewers, filers, leaders, associations, API
          keys). Another unit's record answers 404 to a filer, never 403.

        ## Paging

        Lists take `page` (from 1, default 1) and `pageSize` (1–200, default 20) and answer
        `{ "items": [...], "page": 1, "pageSize": 20, "totalCount": 137 }`: read pages until `page × pageSize ≥ totalCount`.
        A page or size out of range is a 400 `validation.failed`. Each list has a fixed order (stated in its summary) and
        filters; to follow changes, use the change feed rather than re-reading every page. Exports (.xlsx) stop at 100,000 rows
        (422 `export.too-many-rows`).

        ## Rate limits

        Fixed one-minute windows; over the limit the answer is a 429 `request.rate-limited` with a `Retry-After` header (seconds).
        - every caller (a user, an API key, or an anonymous address): 1,200 requests a minute in all;
        - sign-in (`POST /api/auth/login`): 10 a minute per address;
        - public reads (publications, calendar, the CSRF token): 120 a minute per address;
        - receipt-code lookups (`POST /api/public/objections/status`): 10 a minute per address;
        - lodging objections: 5 a minute per address (and the objection rules' daily limits, 429 `objection.too-many-from-address`).

        Request bodies are limited to 1 MiB (uploads: their own limits); a larger body is a 413 `request.too-large`.

        ## Errors

        Every error is an RFC 9457 problem (`application/problem+json`) with a stable `code` to branch on, a `title` in the
        caller's language (`Accept-Language: zh-CN`, the default, or `en-US`), the `status`, the request path as `instance` and a
        `traceId` to quote when reporting a problem. Invalid fields come as `errors`: field name (camelCase, as sent) → messages.

        ```json
        {
          "type": "https://httpstatuses.io/400",
          "title": "One or more fields are invalid.",
          "status": 400,
          "detail": "One or more fields are invalid.",
          "instance": "/api/filings",
          "errors": {
            "creditCode": ["Unified social credit code must have 18 characters."],
            "projectName": ["Project name is required."]
          },
          "code": "validation.failed",
          "traceId": "29e59e1e2243d9efb2f3a08b01d46984"
        }
        ```

        - 400 `validation.failed` (field `errors`), `request.malformed`; 401 `unauthorized`, `auth.session-ended`;
          403 `forbidden`, `auth.api-key-read-only`; 404 `not-found` (also for another unit's record);
          409 a broken rule of the record's state (e.g. `filing.not-under-review`) or `concurrency.stale`;
          413 `request.too-large`; 422 a value a rule refuses (e.g. `filing.credit-code-invalid`); 429 `request.rate-limited`.
        - Each operation lists the codes it can answer beyond these. A 5xx (`internal`) is a fault of ours: retry later.
        - 503 `storage.unavailable` with `Retry-After` (seconds): the file store refused an upload or a download; nothing was
          stored, so send it again after the wait.
        - 503 `database.unavailable` with `Retry-After` (seconds): the database could not be reached, even after the server's own
          retries (a restart, a fail-over); nothing was changed, so send it again after the wait.

        ## Concurrency

        Every record carries an integer `version`. A change sends the `version` it read (in the body, or as `?version=` on
        DELETE); if someone changed the record since, the answer is a 409 `concurrency.stale` and nothing is saved: read it
        again and decide. A successful change answers the record with its new `version`.

        ## Idempotency

        Writes marked so accept an `Idempotency-Key` header (1–100 printable ASCII characters, e.g. a UUID), remembered per
        caller (user or API key) for 24 hours. Repeating a request with the same key, method, path and body answers the first
        answer again (same status and body) with the header `Idempotency-Replayed: true`; the same key with another body is a
        409 `idempotency.key-reused`; while the first request still runs, a 409 `idempotency.in-progress`; a malformed key a 400
        `idempotency.key-invalid`. Only answers below 500 are kept, so a retry after a 5xx runs again.

        ## Dates, times and money

        - Dates (`format: date`, e.g. `2026-11-23`) are China calendar dates; dates sent are between 2000-01-01 and 2099-12-31.
        - Instants (`format: date-time`) are ISO 8601 with an offset (answers are UTC). Weeks run Monday to Sunday in China time
          (UTC+8, Asia/Shanghai); "this week", "this year" and approval dates are China time.
        - Money is a JSON number of yuan (元) with at most two decimals, e.g. `350000000.00` for 3.5亿元 (the SPA shows 万元 and
          亿元; the API is always yuan).
        - Enums travel as their names (`"UnderReview"`); an unknown name or a number is a 400.
        - Text is trimmed and refuses control characters and bidirectional overrides.
        """;

    /// <summary>Every tag an operation uses has one (kept by a test); an unused one is left out of the document.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Auth"] = "Sign-in for the SPA (session cookie), the current user, sessions, password change, the CSRF token.",
        ["Filings"] = "Project filings (项目备案) and their review: drafts, attachments, submit, approve, return, revoke, withdraw, "
            + "the review queue and counts, suspected duplicates, Excel export and import.",
        ["Publications"] = "The weekly publications (每周公示) as reviewers manage them: list, publish a week by hand.",
        ["Public"] = "Anonymous, rate-limited: the published projects, lodging an objection, following it by receipt code.",
        ["Objections"] = "Objections to published projects (异议复核): list, evidence, dismiss or uphold (reviewers and admins).",
        ["Analysis"] = "Approved projects grouped by chain, region, scale, stage, unit or period, with exact sums in yuan.",
        ["ReserveList"] = "储备项目: approved projects mature and large enough for leaders' outbound trips (internal staff).",
        ["Workbench"] = "Each role's landing-page counts (filer, leader; the reviewer's are GET /api/review/counts).",
        ["Notifications"] = "The signed-in user's own in-app notifications (not for API keys).",
        ["Calendar"] = "China's working-day calendar: public date arithmetic and day lists; admins edit and import years.",
        ["Audit"] = "The audit trail of every change (admins only).",
        ["Units"] = "Carrier units (载体单位): the center, counties/districts and development parks.",
        ["Users"] = "User accounts, their roles, locks and sessions (admins only).",
        ["Associations"] = "Associations (商协会/校友会) that introduce projects.",
        ["AssociationPortal"] = "The association's own portal (role Association): its profile, offices, members, credited projects, the opinion requests addressed to it and its approved reward lines; another association's records are 404.",
        ["Targets"] = "Carrier units' yearly targets (seed 004): signed, ≥ 10亿 and ≥ 50亿, started, completed industrial projects, 规模工业 fixed-asset investment and funds in place; admins edit or import them, the city's totals are their sum.",
        ["Quarterly"] = "The quarterly scheduling (季调度): per unit year-to-date actuals against targets, completion and time ratios, lagging targets, score and rank; immutable reports by revision, their .xlsx export and the leader cockpit.",
        ["Rewards"] = "Reward policies (versioned) and the yearly reward calculation: draft, submitted, approved, paid; revisions and their differences; the association portal's own approved lines.",
        ["Evaluations"] = "The yearly association evaluation (每年11月底量化评价): schemes as data (templates, one per year), the evaluation opened on 1 December with frozen data indicators, reviewers' manual scores, approval and revisions; the association portal's own score and rank.",
        ["Credits"] = "Credit for bringing a project (引荐认定): claims on a filing by an association and/or a recommender, their evidence, and reviewers' decisions.",
        ["PurchasedService"] = "The purchased investment-promotion service (以购代补): each year's contract, payments, year-end evaluation and service subsidies to associations, within the budget limit.",
        ["People"] = "The people of the registry: investment ambassadors (招商大使) and their certificates, notable natives elsewhere (在外知名人士名录), and targeting (按图索骥) by area and industry chain.",
        ["Events"] = "Promotion events (招商活动): recorded by the center and the units, proposed by associations and confirmed or rejected by the center; their photos and files; the export.",
        ["Publicity"] = "Publicity items (宣传报道) crediting an association: medium, date, title and link.",
        ["Leads"] = "Project leads (招商线索) and their assessment: record, ask associations' opinions, assign, merge, shelve.",
        ["ReferenceData"] = "Industry chains (产业链) and source regions (GB/T 2260 provinces and cities, ISO 3166-1 countries).",
        ["ApiKeys"] = "API keys for integrators (admins only); the secret is shown once, at creation.",
        ["Changes"] = "The change feed: every change to filings and tracked projects in commit order, read with a cursor.",
        ["Projects"] = "Tracked projects: an approved filing's life after approval (signing, start, completion, funds in place, fixed-asset investment, follow-up service). A project's id is its filing's.",
        ["Webhooks"] = "Signed webhook subscriptions, their event types and delivery log (admins only).",
    };
}
