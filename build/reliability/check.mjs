// The reliability run's checks (issue 17), after build/reliability/run.sh's load and faults: reads acks.jsonl,
// requests.jsonl and faults.jsonl from --out, asks the database (psql) and the API (instance A) and writes one row per check
// to checks.jsonl in --out (build/reliability/table.mjs prints them, with the fuzz's row, and sets the exit code).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const OUT = args.out;
const BASE = args.base;
const GRACE_MS = 3_000;
const HANG_MS = 30_000;

const lines = (file) =>
  readFileSync(path.join(OUT, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const acks = lines('acks.jsonl');
const requests = lines('requests.jsonl');
const faults = lines('faults.jsonl');

function sql(query) {
  // The query on standard input: a 10-minute run's id lists are longer than an argument may be (E2BIG).
  return execFileSync(args.psql, ['-h', '127.0.0.1', '-p', args['pg-port'], '-U', 'postgres', '-d', args.db, '-qAt', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-f', '-'], {
    encoding: 'utf8',
    input: query,
    maxBuffer: 256 * 1024 * 1024,
  })
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t'));
}
const uuids = (ids) => `'{${[...new Set(ids)].join(',')}}'::uuid[]`;

const results = [];
const check = (name, passed, detail) => results.push({ name, passed, detail });

// 1. Every acknowledged filing is stored, at least at the version the client was told.
const byId = new Map();
for (const a of acks.filter((a) => a.id)) {
  const seen = byId.get(a.id) ?? { version: 0, changes: 0 };
  seen.version = Math.max(seen.version, a.version ?? 0);
  seen.changes++;
  byId.set(a.id, seen);
}
const stored = new Map(byId.size === 0 ? [] : sql(`SELECT "Id", "Version", "IsDeleted" FROM "Filings" WHERE "Id" = ANY(${uuids([...byId.keys()])})`).map(([id, version, deleted]) => [id, { version: Number(version), deleted: deleted === 't' }]));
const missing = [...byId.keys()].filter((id) => !stored.has(id) || stored.get(id).deleted);
const behind = [...byId].filter(([id, seen]) => stored.has(id) && stored.get(id).version < seen.version);
check(
  'every acknowledged write is in the database',
  acks.length > 0 && missing.length === 0 && behind.length === 0,
  `${acks.length} acknowledged writes on ${byId.size} filings; missing ${missing.length}${missing.length ? ` (${missing.slice(0, 3).join(', ')})` : ''}; behind the acknowledged version ${behind.length}`,
);

// 2. Each acknowledged change has its audit entry.
const audited = new Map(byId.size === 0 ? [] : sql(`SELECT "EntityId", count(*) FROM "AuditEntries" WHERE "EntityId" = ANY(ARRAY[${[...byId.keys()].map((id) => `'${id}'`).join(',')}]) GROUP BY "EntityId"`).map(([id, n]) => [id.toLowerCase(), Number(n)]));
const unaudited = [...byId].filter(([id, seen]) => (audited.get(id.toLowerCase()) ?? 0) < seen.changes);
check('the audit trail has an entry for every acknowledged change', unaudited.length === 0, `${unaudited.length} of ${byId.size} filings have fewer audit entries than acknowledged changes`);

// 2b. Every acknowledged funds report (资金到位: a report or correction, a verification or a return) is stored at least at the
// acknowledged version, with an audit entry for each acknowledged change.
const reports = new Map();
for (const a of acks.filter((a) => a.op?.startsWith('funds-'))) {
  const seen = reports.get(a.reportId) ?? { version: 0, changes: 0 };
  seen.version = Math.max(seen.version, a.version ?? 0);
  seen.changes++;
  reports.set(a.reportId, seen);
}
const storedReports = new Map(reports.size === 0 ? [] : sql(`SELECT "Id", "Version" FROM "MonthlyReports" WHERE "Id" = ANY(${uuids([...reports.keys()])})`).map(([id, version]) => [id, Number(version)]));
const reportsAudited = new Map(reports.size === 0 ? [] : sql(`SELECT "EntityId", count(*) FROM "AuditEntries" WHERE "EntityId" = ANY(ARRAY[${[...reports.keys()].map((id) => `'${id}'`).join(',')}]) GROUP BY "EntityId"`).map(([id, n]) => [id.toLowerCase(), Number(n)]));
const reportsMissing = [...reports].filter(([id, seen]) => !storedReports.has(id) || storedReports.get(id) < seen.version);
const reportsUnaudited = [...reports].filter(([id, seen]) => (reportsAudited.get(id.toLowerCase()) ?? 0) < seen.changes);
const fundsAcks = acks.filter((a) => a.op?.startsWith('funds-'));
check(
  'every acknowledged funds report is stored, with its audit entries',
  reports.size > 0 && reportsMissing.length === 0 && reportsUnaudited.length === 0,
  `${fundsAcks.length} acknowledged (${fundsAcks.filter((a) => a.op === 'funds-report').length} reported or corrected, ${fundsAcks.filter((a) => a.op !== 'funds-report').length} verified or returned) on ${reports.size} reports; missing or behind ${reportsMissing.length}${reportsMissing.length ? ` (${reportsMissing.slice(0, 3).map(([id]) => id).join(', ')})` : ''}; fewer audit entries than changes ${reportsUnaudited.length}`,
);

// 3. Every acknowledged attachment is served with its bytes; every acknowledged objection answers its receipt.
// Downloaded by the filer who uploaded it: a draft whose submission failed is not the reviewer's to see.
const filers = { filer: await signedIn('filer', 'Filer#2026-Demo'), filer2: await signedIn('filer2', 'Filer#2026-Demo') };
let badBytes = 0;
const badWhy = new Map();
const attachments = acks.filter((a) => a.op === 'attach');
for (const a of attachments) {
  const r = await filers[a.user](`/api/filings/${a.id}/attachments/${a.attachmentId}/content`);
  const hash = r.ok ? createHash('sha256').update(Buffer.from(await r.arrayBuffer())).digest('hex') : null;
  if (hash !== a.sha256) {
    badBytes++;
    const why = r.ok ? 'different bytes' : `status ${r.status}`;
    badWhy.set(why, (badWhy.get(why) ?? 0) + 1);
  }
}
check(
  'every stored attachment key has its bytes',
  badBytes === 0,
  `${attachments.length} acknowledged attachments downloaded, ${badBytes} missing or different${badBytes ? ` (${[...badWhy].map(([why, n]) => `${why}: ${n}`).join(', ')})` : ''}`,
);
let lostObjections = 0;
const objections = acks.filter((a) => a.op === 'objection');
for (const o of objections) {
  const r = await fetch(`${BASE}/api/public/objections/status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ receiptCode: o.receiptCode }) });
  if (!r.ok) lostObjections++;
}
check('every acknowledged objection answers its receipt', lostObjections === 0, `${objections.length} objections lodged, ${lostObjections} not found`);

// 4. No job's result is duplicated or half-written.
const duplicates = [
  ['publications per week', `SELECT count(*) FROM (SELECT "WeekStart" FROM "Publications" GROUP BY "WeekStart" HAVING count(*) > 1) d`],
  ['reward revisions per year', `SELECT count(*) FROM (SELECT "Year", "Revision" FROM "RewardCalculations" GROUP BY "Year", "Revision" HAVING count(*) > 1) d`],
  ['reward calculations without all their lines', `SELECT count(*) FROM "RewardCalculations" c WHERE c."LineCount" <> (SELECT count(*) FROM "RewardLines" l WHERE l."CalculationId" = c."Id")`],
  ['evaluations per year', `SELECT count(*) FROM (SELECT "Year" FROM "AssociationEvaluations" GROUP BY "Year" HAVING count(*) > 1) d`],
  ['quarterly report revisions', `SELECT count(*) FROM (SELECT "Year", "Quarter", "Revision" FROM "QuarterlyReports" GROUP BY 1, 2, 3 HAVING count(*) > 1) d`],
  ['digests per recipient and day', `SELECT count(*) FROM (SELECT "RecipientId", "DedupKey" FROM "Notifications" WHERE "DedupKey" IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) d`],
];
const found = [];
for (const [name, query] of duplicates) {
  try {
    const n = Number(sql(query)[0][0]);
    if (n > 0) found.push(`${name}: ${n}`);
  } catch (e) {
    found.push(`${name}: the check failed (${String(e.message).split('\n')[0]})`);
  }
}
// Each recurring job ran once per occurrence, with a Hangfire server on both instances (Hangfire's distributed lock).
try {
  const twice = sql(
    `SELECT p.value, to_char(date_trunc('minute', j.createdat), 'HH24:MI'), count(*) FROM hangfire.job j JOIN hangfire.jobparameter p ON p.jobid = j.id AND p.name = 'RecurringJobId' GROUP BY 1, 2 HAVING count(*) > 1`,
  );
  const perJob = new Map(sql(`SELECT p.value, count(*) FROM hangfire.job j JOIN hangfire.jobparameter p ON p.jobid = j.id AND p.name = 'RecurringJobId' GROUP BY 1 ORDER BY 1`).map(([id, n]) => [id.replace(/^"|"$/g, ''), Number(n)]));
  const runs = [...perJob.values()].reduce((a, b) => a + b, 0);
  // The five jobs run.sh schedules each minute; a run of two minutes or more sees each run at least once.
  const everyMinute = ['publication:weekly', 'notifications:review-digest', 'quarterly:scheduling', 'evaluation:yearly', 'analysis:rebuild-approval-totals'];
  const never = Number(args.seconds ?? 0) >= 120 ? everyMinute.filter((id) => !perJob.has(id)) : [];
  check(
    'each recurring job ran once per occurrence, with Hangfire on both instances',
    runs > 0 && twice.length === 0 && never.length === 0,
    `${runs} job runs (${[...perJob].map(([id, n]) => `${id} ${n}`).join(', ')}); occurrences run twice: ${twice.length}${twice.length ? ` (${twice.slice(0, 3).map((t) => t.join(' ')).join('; ')})` : ''}${never.length ? `; never ran: ${never.join(', ')}` : ''}`,
  );
} catch (e) {
  check('each recurring job ran once per occurrence, with Hangfire on both instances', false, `could not read Hangfire's jobs: ${String(e.message).split('\n')[0]}`);
}

const calculationsAfter = Number(sql('SELECT count(*) FROM "RewardCalculations"')[0][0]);
const calculationsBefore = Number(args['calculations-before'] ?? calculationsAfter);
check(
  'no publication, evaluation, quarterly report or reward revision is duplicated or half-written',
  found.length === 0 && calculationsAfter - calculationsBefore <= 1,
  `${found.length === 0 ? 'none' : found.join('; ')}; the killed calculation left ${calculationsAfter - calculationsBefore} new revision(s) (0 or 1, whole)`,
);

// 5. No request hung; 5xx answers and refused connections only within the fault windows.
const hung = requests.filter((r) => r.t1 - r.t0 > HANG_MS);
check('no request hung more than 30 s', hung.length === 0, `longest ${Math.max(0, ...requests.map((r) => r.t1 - r.t0))} ms over ${requests.length} requests`);
const inWindow = (r) => faults.some((f) => r.t1 >= f.from - GRACE_MS && r.t0 <= f.to + GRACE_MS);
const failures = requests.filter((r) => r.status >= 500 || r.status === 0);
const outside = failures.filter((r) => !inWindow(r));
const byFault = faults.map((f) => `${f.fault} ${f.to - f.from} ms: ${failures.filter((r) => r.t1 >= f.from - GRACE_MS && r.t0 <= f.to + GRACE_MS).length}`);
check(
  '5xx answers and refused connections fall only within the fault windows',
  outside.length === 0,
  `${failures.length} in all (${byFault.join('; ')}); outside: ${outside.length}${outside.length ? ` e.g. ${outside.slice(0, 3).map((r) => `${r.method} ${r.path} ${r.status} ${r.error ?? ''}`).join(' | ')}` : ''}`,
);

// 6. Memory: each instance at the end (the median of its last minute's samples, memory.tsv) within 20% of its memory after
// the warm-up (25% of the run). B's end is its second process, started after the kill, against its first one's warm-up.
const memory = existsSync(path.join(OUT, 'memory.tsv'))
  ? readFileSync(path.join(OUT, 'memory.tsv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t').map(Number))
  : [];
const loadEnded = Number(args['load-ended'] ?? Date.now());
const median = (xs) => (xs.length === 0 ? 0 : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
const lastMinute = (column) => median(memory.filter((m) => m[0] >= loadEnded - 60_000 && m[column] > 0).map((m) => m[column]));
const peak = (column) => Math.max(0, ...memory.map((m) => m[column]));
// A short run (the test command's smoke) ends while the JIT and the caches still fill: its memory is shown, not judged.
const judged = Number(args.seconds ?? 0) >= 300;
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const instances = [
  ['A', Number(args['rss-a-warm'] ?? 0), lastMinute(1) || Number(args['rss-a-end'] ?? 0), peak(1)],
  ['B', Number(args['rss-b-warm'] ?? 0), lastMinute(2), peak(2)],
];
check(
  'each instance\'s memory at the end is within 20% of after the warm-up',
  instances.every(([, warm, end]) => warm > 0 && end > 0 && (!judged || end <= warm * 1.2)),
  instances.map(([name, warm, end, top]) => `${name} ${mb(warm)} → ${mb(end)} (${warm > 0 ? `${end >= warm ? '+' : ''}${(((end - warm) / warm) * 100).toFixed(0)}%` : '?'}, peak ${mb(top)})`).join('; ') +
    `${judged ? '' : ' (not judged: a run under 300 s)'}; samples every 5 s in memory.tsv`,
);
check('the load ran to its end', Number(args['load-rc'] ?? 1) === 0, `load exit code ${args['load-rc']}`);

writeFileSync(path.join(OUT, 'checks.jsonl'), results.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`checks: ${results.filter((r) => r.passed).length} of ${results.length} passed (rows in checks.jsonl)`);
process.exit(0);

/** A signed-in GET against instance A: answers fetch(path) with the session cookie. */
async function signedIn(userName, password) {
  const cookies = new Map();
  const keep = (r) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  keep(await fetch(`${BASE}/api/auth/antiforgery`));
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const login = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie(), 'X-XSRF-TOKEN': decodeURIComponent(cookies.get('XSRF-TOKEN') ?? '') },
    body: JSON.stringify({ userName, password, rememberMe: false }),
  });
  if (!login.ok) throw new Error(`signing in as ${userName} for the checks answered ${login.status}`);
  keep(login);
  return (url) => fetch(`${BASE}${url}`, { headers: { Cookie: cookie() } });
}
