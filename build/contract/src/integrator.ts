// An integrator's script, written only from client/openapi/v1.json (types by openapi-typescript, calls by openapi-fetch):
// with an API key it lists this week's approvals, reads one, and pages through the review queue to its last page.
// Exits non-zero on any failure or contract violation.
//
//   BASE_URL=http://127.0.0.1:4010 API_KEY=ipk_… node dist/integrator.js
import { api, chinaWeek, env, expectOk, failures, part } from './contract.js';

const pageSize = 2;
const client = api(env('BASE_URL'), { 'X-Api-Key': env('API_KEY') });
const { monday, sunday } = chinaWeek();

await part(`this week's approvals (${monday} to ${sunday})`, async () => {
  // Approved filings, every page; the list carries no decision time, so each is read in full for it.
  const approved: string[] = [];
  for (let page = 1; ; page++) {
    const list = expectOk(await client.GET('/api/filings', { params: { query: { status: 'Approved', page, pageSize: 50 } } }), `approved filings, page ${page}`);
    approved.push(...list.items.map((item) => item.id));
    if (page * list.pageSize >= list.totalCount || list.items.length === 0) break;
  }
  const thisWeek = [];
  for (const id of approved.slice(0, 40)) {
    const filing = expectOk(await client.GET('/api/filings/{id}', { params: { path: { id } } }), `filing ${id}`);
    const decidedOn = filing.decidedAt ? new Date(Date.parse(filing.decidedAt) + 8 * 3600_000).toISOString().slice(0, 10) : null;
    if (decidedOn !== null && decidedOn >= monday && decidedOn <= sunday) thisWeek.push(filing);
  }
  console.log(`  ${approved.length} approved filings, ${thisWeek.length} of the first ${Math.min(approved.length, 40)} approved this week`);
  for (const filing of thisWeek) console.log(`  - ${filing.projectName ?? '(no name)'}: ${filing.plannedTotalInvestment ?? '—'} yuan, approved ${filing.decidedAt}`);

  // The same week as the public announcement (公示) lists it.
  const publications = expectOk(await client.GET('/api/public/publications', { params: { query: { page: 1, pageSize: 20 } } }), 'public publications');
  const week = publications.items.find((p) => p.weekStart === monday);
  console.log(`  publication of this week: ${week ? `${week.label}, ${week.entryCount} projects` : 'not published yet'}`);
});

await part('read one approved filing', async () => {
  const list = expectOk(await client.GET('/api/filings', { params: { query: { status: 'Approved', page: 1, pageSize: 1 } } }), 'first approved filing');
  const first = list.items[0];
  if (!first) throw new Error('no approved filing to read');
  const filing = expectOk(await client.GET('/api/filings/{id}', { params: { path: { id: first.id } } }), `filing ${first.id}`);
  if (filing.status !== 'Approved') throw new Error(`filing ${filing.id} is ${filing.status}, listed as Approved`);
  console.log(`  ${filing.projectName} (${filing.category ?? 'no category'}, ${filing.stage ?? 'no stage'}), version ${filing.version}, ${filing.history.length} history entries`);
});

await part('page through the review queue to its end', async () => {
  const seen = new Set<string>();
  let total = -1;
  let pages = 0;
  for (let page = 1; ; page++) {
    const queue = expectOk(await client.GET('/api/review/queue', { params: { query: { page, pageSize, sort: 'Deadline', direction: 'Asc' } } }), `review queue page ${page}`);
    pages++;
    total = queue.totalCount;
    for (const item of queue.items) {
      if (seen.has(item.id)) throw new Error(`filing ${item.id} listed twice in the queue (page ${page})`);
      seen.add(item.id);
    }
    if (queue.items.length < pageSize || page * pageSize >= queue.totalCount) break;
    if (page > 1000) throw new Error('the queue never ends');
  }
  if (seen.size !== total) throw new Error(`read ${seen.size} queue entries over ${pages} pages, the server counts ${total}`);
  console.log(`  ${total} filings under review over ${pages} pages of ${pageSize}`);
});

console.log(`integrator: ${failures.length === 0 ? 'passed' : `${failures.length} failure(s)`}`);
process.exit(failures.length === 0 ? 0 : 1);
