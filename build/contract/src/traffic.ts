// Realistic traffic through Prism's validating proxy: every role's main reads, the file → return → resubmit → approve flow,
// an objection from the public to its decision, analysis and exports. Prism checks each request and answer against
// client/openapi/v1.json; any violation (or an unexpected answer) fails the run, naming the operation and the property.
// At the end an admin creates the API key the integrator script uses (written to API_KEY_FILE when set).
//
//   BASE_URL=http://127.0.0.1:4010 [API_KEY_FILE=key.txt] node dist/traffic.js
import { writeFileSync } from 'node:fs';
import { api, type Api, chinaWeek, checkedCount, env, expectOk, expectStatus, failures, part, signIn } from './contract.js';
import type { components } from './api.js';

type FilingDto = components['schemas']['FilingDto'];

const base = env('BASE_URL');
const stamp = `${Date.now()}`.slice(-8);
const { today, monday, sunday } = chinaWeek();
const anonymous = api(base);
let filer: Api | undefined;
let reviewer: Api | undefined;
let filing: FilingDto | undefined;

/** A valid unified social credit code (GB 32100-2015) for a 16-character stem, as client/e2e/lib.mjs makes it. */
function creditCode(stem: string): string {
  const orgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
  const orgSum = [...stem.slice(8, 16)].reduce((acc, c, i) => acc + parseInt(c, 36) * orgWeights[i], 0);
  const org = 11 - (orgSum % 11);
  const first17 = stem + (org === 10 ? 'X' : org === 11 ? '0' : String(org));
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((acc, c, i) => acc + chars.indexOf(c) * weights[i], 0);
  return first17 + chars[(31 - (sum % 31)) % 31];
}

await part('anonymous: session, public publications, calendar', async () => {
  const session = expectOk(await anonymous.GET('/api/auth/session'), 'session');
  if (session.user !== null) throw new Error('an anonymous session has a user');
  expectOk(await anonymous.GET('/api/auth/antiforgery'), 'antiforgery');
  const publications = expectOk(await anonymous.GET('/api/public/publications', { params: { query: { page: 1, pageSize: 10 } } }), 'public publications');
  for (const summary of publications.items.slice(0, 3)) {
    expectOk(await anonymous.GET('/api/public/publications/{id}', { params: { path: { id: summary.id } } }), `publication ${summary.label}`);
  }
  expectOk(await anonymous.GET('/api/calendar/days', { params: { query: { from: monday, to: sunday } } }), 'calendar days');
  expectOk(await anonymous.GET('/api/calendar/add-working-days', { params: { query: { date: today, days: 5 } } }), 'add working days');
});

await part('filer: workbench, lists, reference data, a draft with nothing but a name', async () => {
  filer = await signIn(base, 'filer', 'Filer#2026-Demo');
  expectOk(await filer.GET('/api/auth/me'), 'me');
  const session = expectOk(await filer.GET('/api/auth/session'), 'session');
  if (session.user?.userName !== 'filer') throw new Error('the session is not the filer\'s');
  expectOk(await filer.GET('/api/workbench/filer'), 'filer workbench');
  expectOk(await filer.GET('/api/notifications', { params: { query: { page: 1, pageSize: 10, order: 'UnreadFirst' } } }), 'notifications');
  expectOk(await filer.GET('/api/notifications/unread-count'), 'unread count');
  for (const status of [undefined, 'Draft', 'Returned', 'Approved'] as const) {
    expectOk(await filer.GET('/api/filings', { params: { query: { page: 1, pageSize: 20, status } } }), `filer's filings (${status ?? 'all'})`);
  }
  expectOk(await filer.GET('/api/industry-chains'), 'industry chains');
  expectOk(await filer.GET('/api/regions', { params: { query: { kind: 'Province' } } }), 'regions');
  expectOk(await filer.GET('/api/associations', { params: { query: { page: 1, pageSize: 50 } } }), 'associations');
  expectOk(await filer.GET('/api/people/recommenders', { params: { query: { kind: 'Ambassador' } } }), "this year's ambassadors to pick");
  expectOk(await filer.GET('/api/people/recommenders', { params: { query: { kind: 'Native', search: '张' } } }), 'natives to pick');
  expectOk(await filer.GET('/api/units', { params: { query: { page: 1, pageSize: 50 } } }), 'units');
  expectOk(await filer.GET('/api/changes', { params: { query: { limit: 50 } } }), 'change feed of the filer\'s unit');

  // A draft with only a name: category, stage and scale band are null (the document must say they may be).
  const draft = expectOk(await filer.POST('/api/filings', { body: { projectName: `契约检查项目 ${stamp}` } }), 'create draft');
  const read = expectOk(await filer.GET('/api/filings/{id}', { params: { path: { id: draft.id } } }), 'read draft');
  if (read.category !== null || read.stage !== null || read.scaleBand !== null) throw new Error('a new draft has a category, stage or scale band');
  expectOk(await filer.GET('/api/filings/{id}/attachments', { params: { path: { id: draft.id } } }), 'draft attachments');
  expectOk(await filer.GET('/api/filings/import/template', { parseAs: 'arrayBuffer' }), 'import template');
  expectOk(await filer.GET('/api/projects/reports/import/template', { parseAs: 'arrayBuffer' }), 'monthly report import template');
  filing = read;
});

await part('filer fills the draft in and submits it', async () => {
  if (!filer || !filing) throw new Error('no draft');
  const chains = expectOk(await filer.GET('/api/industry-chains'), 'industry chains');
  const updated = expectOk(await filer.PUT('/api/filings/{id}', {
    params: { path: { id: filing.id } },
    body: {
      version: filing.version,
      projectName: `契约检查项目 ${stamp}`,
      investorName: `湖南契约检查科技有限公司 ${stamp}`,
      creditCode: creditCode(`91430700MB${stamp.slice(0, 6)}`),
      sourceRegionCode: '440000',
      industryChainId: chains[0]?.id ?? null,
      category: 'Industrial',
      stage: 'Signed',
      plannedTotalInvestment: 120_000_000,
      plannedFixedAssetInvestment: 80_000_000,
      constructionContent: '建设智能装备生产线',
      contactName: '王联系',
      contactPhone: '13800138000',
    },
  }), 'update draft');
  filing = expectOk(await filer.POST('/api/filings/{id}/submit', { params: { path: { id: updated.id } }, body: { version: updated.version } }), 'submit');
});

await part('reviewer: counts, queue, the filing, its duplicates; returns it', async () => {
  if (!filing) throw new Error('no submitted filing');
  reviewer = await signIn(base, 'reviewer', 'Reviewer#2026-Demo');
  expectOk(await reviewer.GET('/api/review/counts'), 'review counts');
  for (const sort of ['Deadline', 'SubmittedAt', 'PlannedTotal', 'Name'] as const) {
    expectOk(await reviewer.GET('/api/review/queue', { params: { query: { page: 1, pageSize: 20, sort, direction: 'Desc' } } }), `review queue by ${sort}`);
  }
  expectOk(await reviewer.GET('/api/review/queue', { params: { query: { page: 1, pageSize: 20, category: 'Industrial', stage: 'Signed' } } }), 'filtered queue');
  const current = expectOk(await reviewer.GET('/api/filings/{id}', { params: { path: { id: filing.id } } }), 'read submitted filing');
  expectOk(await reviewer.GET('/api/filings/{id}/duplicates', { params: { path: { id: filing.id } } }), 'duplicates');
  filing = expectOk(await reviewer.POST('/api/filings/{id}/return', {
    params: { path: { id: filing.id } },
    body: { version: current.version, reasons: '请补充项目建设地点。' },
  }), 'return');
});

await part('filer reads the return, corrects and resubmits', async () => {
  if (!filer || !filing) throw new Error('no returned filing');
  expectOk(await filer.GET('/api/notifications', { params: { query: { page: 1, pageSize: 10, unreadOnly: true } } }), 'notifications after the return');
  const returned = expectOk(await filer.GET('/api/filings/{id}', { params: { path: { id: filing.id } } }), 'read returned filing');
  if (returned.status !== 'Returned') throw new Error(`the filing is ${returned.status}, not Returned`);
  const corrected = expectOk(await filer.PUT('/api/filings/{id}', {
    params: { path: { id: returned.id } },
    body: {
      version: returned.version,
      projectName: returned.projectName,
      investorName: returned.investorName,
      creditCode: returned.creditCode,
      sourceRegionCode: returned.sourceRegionCode,
      industryChainId: returned.industryChainId,
      category: returned.category,
      stage: returned.stage,
      plannedTotalInvestment: returned.plannedTotalInvestment,
      plannedFixedAssetInvestment: returned.plannedFixedAssetInvestment,
      constructionContent: '在常德经开区建设智能装备生产线',
      associationId: returned.associationId,
      recommenderName: returned.recommenderName,
      recommenderContact: returned.recommenderContact,
      contactName: returned.contactName,
      contactPhone: returned.contactPhone,
    },
  }), 'correct');
  filing = expectOk(await filer.POST('/api/filings/{id}/submit', { params: { path: { id: corrected.id } }, body: { version: corrected.version } }), 'resubmit');
  expectOk(await filer.POST('/api/notifications/read-all'), 'read all notifications');
});

await part('reviewer approves; exports', async () => {
  if (!reviewer || !filing) throw new Error('no resubmitted filing');
  const current = expectOk(await reviewer.GET('/api/filings/{id}', { params: { path: { id: filing.id } } }), 'read resubmitted filing');
  filing = expectOk(await reviewer.POST('/api/filings/{id}/approve', { params: { path: { id: current.id } }, body: { version: current.version } }), 'approve');
  if (filing.status !== 'Approved') throw new Error(`approved filing is ${filing.status}`);
  expectOk(await reviewer.GET('/api/filings/export', { params: { query: { status: 'Approved' } }, parseAs: 'arrayBuffer' }), 'filings export');
  expectOk(await reviewer.GET('/api/review/queue/export', { params: { query: { sort: 'Deadline' } }, parseAs: 'arrayBuffer' }), 'queue export');
  expectOk(await reviewer.GET('/api/publications', { params: { query: { page: 1, pageSize: 10 } } }), 'publications');
  // The approval starts tracking the project under the filing's id.
  const project = expectOk(await reviewer.GET('/api/projects/{id}', { params: { path: { id: filing.id } } }), 'tracked project');
  if (project.status !== 'Active') throw new Error(`a newly approved project is ${project.status}`);
  expectOk(await reviewer.GET('/api/projects', { params: { query: { status: 'Active', page: 1, pageSize: 20 } } }), 'projects');
  const timeline = expectOk(await reviewer.GET('/api/projects/{id}/timeline', { params: { path: { id: filing.id } } }), 'project timeline');
  if (!timeline.some((line) => line.kind === 'project')) throw new Error('a tracked project has no approval line on its timeline');
  expectOk(await reviewer.GET('/api/projects/verification-queue', { params: { query: { page: 1, pageSize: 20, subject: 'Milestone', overdue: false } } }), 'verification queue');
  expectOk(await reviewer.GET('/api/projects/verification-queue/export', { params: { query: { subject: 'FundsReport' } }, parseAs: 'arrayBuffer' }), 'verification queue export');
  // Follow-up service: the owner, a revisit, a problem moved on, the due list and the summary.
  const service = expectOk(await reviewer.GET('/api/projects/{id}/service', { params: { path: { id: filing.id } } }), 'project service');
  expectOk(await reviewer.PUT('/api/projects/{id}/service', { params: { path: { id: filing.id } }, body: { version: service.version, serviceOwnerId: service.ownerCandidates[0]?.id, revisitIntervalDays: 30 } }), 'assign service');
  expectOk(await reviewer.POST('/api/projects/{id}/revisits', { params: { path: { id: filing.id } }, body: { visitedOn: project.approvedOn, visitors: '招商科', metWith: '企业负责人', notes: '生产经营正常。' } }), 'record revisit');
  const problem = expectOk(await reviewer.POST('/api/projects/{id}/problems', { params: { path: { id: filing.id } }, body: { description: '用地指标尚未落实。', department: '市自然资源和规划局', dueOn: '2099-12-31' } }), 'raise problem');
  expectOk(await reviewer.POST('/api/projects/{id}/problems/{problemId}/status', { params: { path: { id: filing.id, problemId: problem.id } }, body: { version: problem.version, status: 'InProgress', note: '已协调。' } }), 'problem in progress');
  expectOk(await reviewer.GET('/api/projects/{id}/revisits', { params: { path: { id: filing.id } } }), 'revisits');
  expectOk(await reviewer.GET('/api/projects/{id}/problems', { params: { path: { id: filing.id } } }), 'problems');
  expectOk(await reviewer.GET('/api/projects/service/due', { params: { query: { withinDays: 7, page: 1, pageSize: 20 } } }), 'service due');
  expectOk(await reviewer.GET('/api/projects/problems/summary'), 'problems summary');
  expectOk(await reviewer.GET('/api/projects/problems/departments', { params: { query: { search: '局' } } }), 'problem departments');
});

await part('objection: the public lodges one, looks its receipt up; a reviewer decides it', async () => {
  if (!reviewer) throw new Error('no reviewer');
  // Last week's approvals are announced (the Monday job may have done it, or the week had none: a 409 then).
  const lastMonday = new Date(Date.parse(`${monday}T00:00:00Z`) - 7 * 86400_000).toISOString().slice(0, 10);
  const published = await reviewer.POST('/api/publications', { body: { weekStart: lastMonday } });
  if (published.response.status !== 409) expectOk(published, 'publish last week');
  expectStatus(await reviewer.POST('/api/publications', { body: { weekStart: monday } }), 409, 'publish the week not yet over');
  const list = expectOk(await anonymous.GET('/api/public/publications', { params: { query: { page: 1, pageSize: 20 } } }), 'public publications');
  // One objection per address and project: the first entry this address has not objected to yet.
  let lodged: components['schemas']['LodgedObjectionDto'] | undefined;
  for (const summary of list.items) {
    const publication = expectOk(await anonymous.GET('/api/public/publications/{id}', { params: { path: { id: summary.id } } }), `publication ${summary.label}`);
    for (const entry of publication.acceptsObjections ? publication.entries : []) {
      const result = await anonymous.POST('/api/public/publications/{id}/entries/{entryId}/objections', {
        params: { path: { id: publication.id, entryId: entry.id } },
        body: { objectorName: '李异议', contact: `139${stamp}`, text: `该项目投资额与实际不符（契约检查 ${stamp}）。`, file: null },
        bodySerializer: (body) => {
          const form = new FormData();
          for (const [key, value] of Object.entries(body ?? {})) if (value !== null && value !== undefined) form.append(key, String(value));
          return form;
        },
      });
      if (result.response.status === 409 && (result.error as { code?: string } | undefined)?.code === 'objection.already-lodged') continue;
      lodged = expectOk(result, 'lodge objection');
      break;
    }
    if (lodged) break;
  }
  if (!lodged) throw new Error('no published project accepts an objection from this address');
  expectOk(await anonymous.POST('/api/public/objections/status', { body: { receiptCode: lodged.receiptCode } }), 'receipt status');

  const pending = expectOk(await reviewer.GET('/api/objections', { params: { query: { status: 'Pending', page: 1, pageSize: 50 } } }), 'pending objections');
  const mine = pending.items.find((o) => o.text.includes(stamp));
  if (!mine) throw new Error('the lodged objection is not listed');
  const objection = expectOk(await reviewer.GET('/api/objections/{id}', { params: { path: { id: mine.id } } }), 'read objection');
  if (objection.remedy !== null) throw new Error('a pending objection has a remedy');
  const dismissed = expectOk(await reviewer.POST('/api/objections/{id}/dismiss', {
    params: { path: { id: objection.id } },
    body: { version: objection.version, reason: '经核实，投资额与协议一致。' },
  }), 'dismiss objection');
  if (dismissed.status !== 'Dismissed') throw new Error(`the objection is ${dismissed.status}`);
  expectOk(await reviewer.GET('/api/objections', { params: { query: { page: 1, pageSize: 20 } } }), 'all objections');
});

await part('leader: headline, analysis by every grouping, reserve list, exports', async () => {
  const leader = await signIn(base, 'leader', 'Leader#2026-Demo');
  expectOk(await leader.GET('/api/workbench/leader'), 'leader headline');
  for (const groupBy of ['IndustryChain', 'SourceRegion', 'ScaleBand', 'Stage', 'Unit', 'SourceOrigin'] as const) {
    expectOk(await leader.GET('/api/analysis/filings', { params: { query: { groupBy } } }), `analysis by ${groupBy}`);
  }
  for (const period of ['Week', 'Month', 'Quarter', 'Year'] as const) {
    expectOk(await leader.GET('/api/analysis/filings', { params: { query: { groupBy: 'Period', period, from: `${today.slice(0, 4)}-01-01`, to: today } } }), `analysis by ${period}`);
  }
  expectOk(await leader.GET('/api/analysis/filings/export', { params: { query: { groupBy: 'Unit' } }, parseAs: 'arrayBuffer' }), 'analysis export');
  const reserve = expectOk(await leader.GET('/api/reserve-list', { params: { query: { perRegion: 5 } } }), 'reserve list');
  const region = reserve.regions[0];
  if (region) expectOk(await leader.GET('/api/reserve-list/regions/{code}', { params: { path: { code: region.code }, query: { page: 1, pageSize: 10 } } }), 'reserve list region');
  expectOk(await leader.GET('/api/reserve-list/export', { parseAs: 'arrayBuffer' }), 'reserve list export');
  expectOk(await leader.GET('/api/filings', { params: { query: { page: 1, pageSize: 20, status: 'Approved' } } }), 'leader reads filings');
  expectOk(await leader.POST('/api/auth/logout'), 'leader signs out');
});

await part('admin: users, units, keys, audit, calendar; creates the integrator\'s API key', async () => {
  const admin = await signIn(base, 'admin', 'Admin#2026-Demo');
  const users = expectOk(await admin.GET('/api/users', { params: { query: { page: 1, pageSize: 50 } } }), 'users');
  const someone = users.items[0];
  if (someone) {
    expectOk(await admin.GET('/api/users/{id}', { params: { path: { id: someone.id } } }), 'user');
    expectOk(await admin.GET('/api/users/{id}/sessions', { params: { path: { id: someone.id } } }), 'user sessions');
  }
  const units = expectOk(await admin.GET('/api/units', { params: { query: { page: 1, pageSize: 50 } } }), 'units');
  if (units.items[0]) expectOk(await admin.GET('/api/units/{id}', { params: { path: { id: units.items[0].id } } }), 'unit');
  expectOk(await admin.GET('/api/api-keys'), 'API keys');
  expectOk(await admin.GET('/api/audit', { params: { query: { page: 1, pageSize: 50 } } }), 'audit trail');
  expectOk(await admin.GET('/api/audit/entity-types'), 'audited types');
  const years = expectOk(await admin.GET('/api/calendar/years'), 'calendar years');
  if (years[0]) expectOk(await admin.GET('/api/calendar/years/{year}', { params: { path: { year: years[0].year } } }), 'calendar year');
  expectOk(await admin.GET('/api/regions', { params: { query: { includeInactive: true } } }), 'all regions');
  expectOk(await admin.GET('/api/industry-chains', { params: { query: { includeInactive: true } } }), 'all industry chains');

  const created = expectOk(await admin.POST('/api/api-keys', { body: { name: `契约检查 ${stamp}`, scope: 'ReadOnly', mayReadContacts: false } }), 'create API key');
  if (process.env.API_KEY_FILE) writeFileSync(process.env.API_KEY_FILE, created.secret);
  // The key reads what an integrator reads.
  const key = api(base, { 'X-Api-Key': created.secret });
  expectOk(await key.GET('/api/filings', { params: { query: { page: 1, pageSize: 20 } } }), 'filings with the key');
  expectOk(await key.GET('/api/analysis/filings', { params: { query: { groupBy: 'SourceRegion' } } }), 'analysis with the key');
  expectStatus(await key.POST('/api/filings', { body: { projectName: 'read-only' } }), 403, 'a read-only key writing');
  // The change feed, followed to its end as an integrator polls it.
  let after: string | undefined;
  for (let page = 0; page < 100; page++) {
    const changes = expectOk(await key.GET('/api/changes', { params: { query: { after, limit: 200 } } }), 'change feed with the key');
    after = changes.nextCursor;
    if (!changes.hasMore) break;
  }
  expectOk(await admin.POST('/api/auth/logout'), 'admin signs out');
});

await part('leads: the center records and asks, the association answers, the center assigns', async () => {
  if (!reviewer) throw new Error('no reviewer');
  const lead = expectOk(await reviewer.POST('/api/leads', { body: { companyName: `契约检查线索 ${stamp}`, sourceKind: 'Center' } }), 'record a lead');
  const associations = expectOk(await reviewer.GET('/api/associations', { params: { query: { page: 1, pageSize: 50, search: '北京常德商会' } } }), 'associations');
  const asked = associations.items[0]
    ? expectOk(await reviewer.POST('/api/leads/{id}/opinion-requests', {
        params: { path: { id: lead.id } },
        body: { associationIds: [associations.items[0].id], question: '请了解企业情况。', version: lead.version },
      }), 'ask an opinion')
    : lead;
  const association = await signIn(base, 'association', 'Assoc#2026-Demo');
  const requests = expectOk(await association.GET('/api/association-portal/opinion-requests', { params: { query: { page: 1, pageSize: 20, openOnly: true } } }), 'opinion requests');
  const open = requests.items.find((r) => r.leadId === lead.id);
  if (open) {
    expectOk(await association.POST('/api/association-portal/opinion-requests/{id}/answer', { params: { path: { id: open.id } }, body: { answer: '经营稳健。', version: open.version } }), 'answer');
  }
  expectOk(await association.POST('/api/auth/logout'), 'association signs out');
  const units = expectOk(await reviewer.GET('/api/units', { params: { query: { page: 1, pageSize: 50 } } }), 'units');
  const current = expectOk(await reviewer.GET('/api/leads/{id}', { params: { path: { id: asked.id } } }), 'read the lead');
  if (units.items[0]) {
    expectOk(await reviewer.POST('/api/leads/{id}/assign', { params: { path: { id: current.id } }, body: { unitId: units.items[0].id, version: current.version } }), 'assign');
  }
  const other = expectOk(await reviewer.POST('/api/leads', { body: { companyName: `契约检查线索乙 ${stamp}`, sourceKind: 'Center' } }), 'record another lead');
  const third = expectOk(await reviewer.POST('/api/leads', { body: { companyName: `契约检查线索丙 ${stamp}`, sourceKind: 'Center' } }), 'record a third lead');
  expectOk(await reviewer.POST('/api/leads/{id}/merge', { params: { path: { id: other.id } }, body: { targetLeadId: current.id, version: other.version } }), 'merge');
  expectOk(await reviewer.POST('/api/leads/{id}/shelve', { params: { path: { id: third.id } }, body: { reason: '暂缓。', version: third.version } }), 'shelve');
  expectOk(await reviewer.GET('/api/leads', { params: { query: { page: 1, pageSize: 20, status: 'Assigned' } } }), 'leads');
});

await part('events: an association proposes, the center confirms; a unit records; publicity', async () => {
  if (!reviewer) throw new Error('no reviewer');
  const association = await signIn(base, 'association', 'Assoc#2026-Demo');
  const proposed = expectOk(await association.POST('/api/association-portal/events', {
    body: { kind: 'Symposium', title: `契约检查座谈会 ${stamp}`, startsOn: '2026-10-01', endsOn: '2026-10-01', place: '北京', ownRole: 'Host', invitedCompanyCount: 2, invitedCompanies: ['甲公司', '乙公司'] },
  }), 'propose an event');
  expectOk(await association.GET('/api/events', { params: { query: { page: 1, pageSize: 20 } } }), 'the association\'s events');
  expectOk(await association.POST('/api/auth/logout'), 'association signs out');
  expectOk(await reviewer.GET('/api/events', { params: { query: { page: 1, pageSize: 20, status: 'Proposed' } } }), 'the proposals');
  expectOk(await reviewer.POST('/api/events/{id}/confirm', { params: { path: { id: proposed.id } }, body: { version: proposed.version } }), 'confirm');
  expectOk(await reviewer.GET('/api/events/{id}', { params: { path: { id: proposed.id } } }), 'read the event');
  expectOk(await reviewer.GET('/api/events/export', { params: { query: { year: 2026 } }, parseAs: 'arrayBuffer' }), 'events export');
  const recorded = expectOk(await reviewer.POST('/api/events', {
    body: { kind: 'Promotion', title: `契约检查推介会 ${stamp}`, startsOn: '2026-10-02', endsOn: '2026-10-03', place: '深圳', invitedCompanyCount: 10 },
  }), 'record an event');
  expectOk(await reviewer.PUT('/api/events/{id}', {
    params: { path: { id: recorded.id } },
    body: { kind: 'Promotion', title: `契约检查推介会 ${stamp}`, startsOn: '2026-10-02', endsOn: '2026-10-03', place: '深圳市', invitedCompanyCount: 12, version: recorded.version },
  }), 'edit the event');
  expectStatus(await reviewer.POST('/api/events', { body: { kind: 'Promotion', title: '倒序', startsOn: '2026-10-02', endsOn: '2026-10-01', place: '深圳', invitedCompanyCount: 0 } }), 400, 'an event ending before it starts');
  const associations = expectOk(await reviewer.GET('/api/associations', { params: { query: { page: 1, pageSize: 5 } } }), 'associations');
  if (associations.items[0]) {
    expectOk(await reviewer.POST('/api/publicity', {
      body: { medium: '常德日报', publishedOn: '2026-10-01', title: `契约检查报道 ${stamp}`, url: 'https://example.com/contract', associationId: associations.items[0].id },
    }), 'record a publicity item');
  }
  expectOk(await reviewer.GET('/api/publicity', { params: { query: { page: 1, pageSize: 20, year: 2026 } } }), 'publicity');
});

await part('targets and the quarterly scheduling (季调度)', async () => {
  const admin = await signIn(base, 'admin', 'Admin#2026-Demo');
  const year = expectOk(await admin.GET('/api/targets/{year}', { params: { path: { year: 2026 } } }), 'the year\'s targets');
  const unit = year.units.find((u) => u.unitCode === 'LYHTR') ?? year.units[0];
  if (unit) {
    expectOk(await admin.PUT('/api/targets/{year}/units/{unitId}', {
      params: { path: { year: 2026, unitId: unit.unitId } },
      body: { figures: { ...unit.figures }, version: unit.version ?? undefined },
    }), 'set a unit\'s targets');
    expectStatus(await admin.PUT('/api/targets/{year}/units/{unitId}', {
      params: { path: { year: 2026, unitId: unit.unitId } },
      body: { figures: { ...unit.figures, signedProjects: -1 }, version: unit.version ?? undefined },
    }), 400, 'a negative target');
  }
  expectOk(await admin.GET('/api/targets/{year}/import/template', { params: { path: { year: 2026 } }, parseAs: 'arrayBuffer' }), 'targets template');
  expectOk(await admin.POST('/api/quarterly/reports', { body: { year: 2026, quarter: 3, again: false } }), 'run the quarter (already reported: answered)');
  expectOk(await admin.GET('/api/quarterly/reports', { params: { query: { year: 2026 } } }), 'the quarterly reports');
  expectOk(await admin.GET('/api/quarterly/reports/{year}/{quarter}', { params: { path: { year: 2026, quarter: 3 } } }), 'a quarter\'s report');
  expectOk(await admin.GET('/api/quarterly/reports/{year}/{quarter}/export', { params: { path: { year: 2026, quarter: 3 } }, parseAs: 'arrayBuffer' }), 'the report\'s export');
  expectOk(await admin.GET('/api/quarterly/cockpit'), 'the cockpit');
  expectOk(await admin.POST('/api/auth/logout'), 'admin signs out');
});

await part('everyone signs out', async () => {
  for (const [who, client] of [['filer', filer], ['reviewer', reviewer]] as const) {
    if (client) expectOk(await client.POST('/api/auth/logout'), `${who} signs out`);
  }
});

console.log(`traffic: ${checkedCount} answers checked by Prism, ${failures.length} failure(s)`);
process.exit(failures.length === 0 ? 0 : 1);
