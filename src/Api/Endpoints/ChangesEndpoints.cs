using InvestPromo.Api.Security;
using InvestPromo.Application.Changes.Queries.ListChanges;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestPromo.Api.Endpoints;

/// <summary>
/// The change feed: what changed, in commit order, since a cursor the caller got from an earlier page. Read by the same
/// callers as the filings, scoped the same way.
/// </summary>
public static class ChangesEndpoints
{
    public static void MapChangesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/changes", "Changes");
        group.MapGet("", ListChanges).WithName("ListChanges")
            .WithSummary("The change feed: changes to filings and tracked projects after a cursor, in commit order")
            .WithDescription(
                "Answers up to `limit` (1–1000, default 100) entries after the cursor `after` (omit it to start from the beginning), "
                + "oldest first, in the order the changes were committed: each names the resource (`filing`, or `project` for a tracked project), its id, the kind of change "
                + "(`created`, `updated`, `statusChanged`, `revoked`, `deleted`), the resource's `version` after the change, when, and the "
                + "resource's status. Keep `nextCursor` (the last entry's cursor, or the `after` you sent when nothing is new) and send it "
                + "as `after` next time: every committed change is answered exactly once, none skipped even when writers commit out of "
                + "order. `hasMore` says more entries are waiting now. The cursor is opaque. A filer reads its own unit's filings, drafts "
                + "included; every other caller reads every unit's filings from their submission on (drafts are never shown to them).")
            .WithErrorCodes("changes.cursor-invalid")
            .RequireAuthorization(Policies.ReadFilings).WithStandardErrors();
    }

    private static async Task<Ok<ChangeFeedPage>> ListChanges(ISender sender, CancellationToken ct, string? after = null, int limit = ListChangesQuery.DefaultLimit) =>
        TypedResults.Ok(await sender.Send(new ListChangesQuery(after, limit), ct));
}
