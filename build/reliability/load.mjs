// The reliability run's load (issue 17): a sustained mix of real work through every API instance, round robin, for a set
// time. Every write the server acknowledged (2xx) is written to acks.jsonl, every request to requests.jsonl, so that
// run.sh can check afterwards that nothing acknowledged was lost and that errors fell only in the fault windows.
//
//   node build/reliability/load.mjs --bases http://127.0.0.1:5001,http://127.0.0.1:5002 --seconds 600 --out DIR
//
// Workers: filers (create a whole draft, attach a PDF, submit), reviewers (take the queue's oldest, approve or return),
// funds reports (资金到位: the filer reports an ended month of an approved project, or corrects its latest decided revision; a
// reviewer verifies or returns the submitted ones), the public (read publications, lodge an objection now and then) and
// exports (the filer's list as .xlsx). A refused write
// (409 stale version, 400) is an answer, not a loss; a connection error while an instance is down is logged as status 0.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const BASES = (args.bases ?? 'http://127.0.0.1:5080').split(',').map((b) => b.replace(/\/+$/, ''));
const SECONDS = Number(args.seconds ?? 60);
const OUT = args.out ?? 'artifacts/reliability';
const FILERS = Number(args.filers ?? 3);
const REVIEWERS = Number(args.reviewers ?? 2);
const PUBLIC = Number(args.public ?? 1);
const FUNDS = Number(args.funds ?? 1);
const TIMEOUT_MS = 35_000;

const requests = [];
const acks = [];
const started = Date.now();
const deadline = started + SECONDS * 1000;
let next = 0;
const pickBase = () => BASES[next++ % BASES.length];

/** A signed-in (or anonymous) caller: its cookies and XSRF token, sending each request to the next instance in turn. */
class Caller {
  constructor(name) {
    this.name = name;
    this.cookies = new Map();
    this.xsrf = null;
  }

  async signIn(userName, password) {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.send('GET', '/api/auth/antiforgery');
        const r = await this.send('POST', '/api/auth/login', { json: { userName, password, rememberMe: false } });
        if (r.status === 200) return this;
        throw new Error(`sign-in answered ${r.status} ${r.text.slice(0, 300)}`);
      } catch (e) {
        if (attempt >= 20) throw new Error(`${this.name}: could not sign in as ${userName}: ${e.message}`);
        await sleep(1000);
      }
    }
  }

  /** Sends one request; answers { status, body } (status 0: no answer). Logs it with its instance and times. */
  async send(method, url, { json, form, base = pickBase(), raw = false } = {}) {
    const headers = {};
    if (this.cookies.size > 0) headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && this.xsrf) headers['X-XSRF-TOKEN'] = this.xsrf;
    let body;
    if (json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(json);
    } else if (form) {
      body = form;
    }
    const t0 = Date.now();
    let status = 0;
    let text = '';
    let bytes = null;
    try {
      const r = await fetch(base + url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
      status = r.status;
      for (const c of r.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const at = pair.indexOf('=');
        const name = pair.slice(0, at);
        const value = pair.slice(at + 1);
        if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
        else this.cookies.set(name, value);
        if (name === 'XSRF-TOKEN') this.xsrf = decodeURIComponent(value);
      }
      if (raw) bytes = Buffer.from(await r.arrayBuffer());
      else text = await r.text();
    } catch (e) {
      text = String(e?.cause?.code ?? e?.name ?? e);
    }
    const t1 = Date.now();
    requests.push({ t0, t1, base, method, path: url.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}'), status, caller: this.name, error: status >= 500 || status === 0 ? text.slice(0, 200) : undefined });
    let parsed = null;
    if (!raw && text && status >= 200 && status < 300) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
    }
    return { status, body: parsed, bytes, text };
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ack = (entry) => acks.push({ at: Date.now(), ...entry });
const ok = (r) => r.status >= 200 && r.status < 300;

function creditCode(stem) {
  const orgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
  const orgSum = [...stem.slice(8, 16)].reduce((acc, c, i) => acc + parseInt(c, 36) * orgWeights[i], 0);
  const org = 11 - (orgSum % 11);
  const first17 = stem + (org === 10 ? 'X' : org === 11 ? '0' : String(org));
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((acc, c, i) => acc + chars.indexOf(c) * weights[i], 0);
  return first17 + chars[(31 - (sum % 31)) % 31];
}

let serial = 0;
async function filer(worker, userName, chains) {
  const c = await new Caller(`filer-${worker}`).signIn(userName, 'Filer#2026-Demo');
  while (Date.now() < deadline) {
    const n = `${worker}-${++serial}-${Date.now().toString(36)}`;
    const draft = await c.send('POST', '/api/filings', {
      json: {
        projectName: `可靠性项目 ${n}`,
        investorName: `湖南可靠性科技有限公司 ${n}`,
        creditCode: creditCode(`91430700MA${String(Date.now()).slice(-6)}`),
        sourceRegionCode: '440000',
        industryChainId: chains[serial % chains.length] ?? null,
        category: 'Industrial',
        stage: 'Signed',
        plannedTotalInvestment: 120_000_000 + serial,
        plannedFixedAssetInvestment: 80_000_000,
        constructionContent: '建设智能装备生产线',
        contactName: '王联系',
        contactPhone: '13800138000',
      },
    });
    if (!ok(draft) || !draft.body) {
      await sleep(200);
      continue;
    }
    const id = draft.body.id;
    ack({ op: 'create', id, version: draft.body.version });
    let version = draft.body.version;

    if (serial % 2 === 0) {
      const pdf = Buffer.from(`%PDF-1.4\n% ${n}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
      const form = new FormData();
      form.set('file', new Blob([pdf], { type: 'application/pdf' }), `协议-${n}.pdf`);
      form.set('kind', 'Agreement');
      form.set('version', String(version));
      const added = await c.send('POST', `/api/filings/${id}/attachments`, { form });
      if (ok(added) && added.body) {
        version = added.body.filingVersion;
        ack({ op: 'attach', id, user: userName, attachmentId: added.body.attachment.id, sha256: createHash('sha256').update(pdf).digest('hex'), version });
      }
    }

    const submitted = await c.send('POST', `/api/filings/${id}/submit`, { json: { version } });
    if (ok(submitted) && submitted.body) ack({ op: 'submit', id, version: submitted.body.version });
    if (serial % 10 === 0) await c.send('GET', '/api/filings/export', { raw: true });
  }
}

async function reviewer(worker) {
  const c = await new Caller(`reviewer-${worker}`).signIn('reviewer', 'Reviewer#2026-Demo');
  let turn = 0;
  while (Date.now() < deadline) {
    const queue = await c.send('GET', `/api/review/queue?page=1&pageSize=20&sort=SubmittedAt&direction=Asc`);
    const items = ok(queue) && queue.body ? queue.body.items : [];
    if (items.length === 0) {
      await sleep(500);
      continue;
    }
    const item = items[(worker + turn) % items.length];
    const filing = await c.send('GET', `/api/filings/${item.id}`);
    if (!ok(filing) || !filing.body) continue;
    turn++;
    const approve = turn % 3 !== 0;
    const decided = approve
      ? await c.send('POST', `/api/filings/${item.id}/approve`, { json: { version: filing.body.version } })
      : await c.send('POST', `/api/filings/${item.id}/return`, { json: { version: filing.body.version, reasons: '请补充投资协议。' } });
    if (ok(decided) && decided.body) ack({ op: approve ? 'approve' : 'return', id: item.id, version: decided.body.version });
  }
}

/** A month's key (2026-03) and the latest revision of each funds month of a project, from its reports. */
const monthKey = (r) => `${r.year}-${String(r.month).padStart(2, '0')}`;
function latestByMonth(reports) {
  const latest = new Map();
  for (const r of reports.filter((r) => r.kind === 'FundsInPlace')) {
    const seen = latest.get(monthKey(r));
    if (!seen || r.revision > seen.revision) latest.set(monthKey(r), r);
  }
  return latest;
}

/** The approved projects a caller sees (their ids are the filings'), read again every 20 turns. */
async function activeProjects(c, cache) {
  if (cache.turn++ % 20 === 0 || cache.items.length === 0) {
    const list = await c.send('GET', '/api/projects?page=1&pageSize=50&status=Active');
    if (ok(list) && list.body) cache.items = list.body.items ?? [];
  }
  return cache.items;
}

// The three source classes: an investor's money is reported only in its own (a local investor's: none of them).
const CLASSES = ['domesticOutsideProvince', 'hongKongMacaoTaiwan', 'foreign'];

/** 资金到位: the filer reports an ended month not yet reported since the approval, or corrects a decided latest revision. */
async function fundsReporter(worker) {
  const c = await new Caller(`funds-${worker}`).signIn('filer', 'Filer#2026-Demo');
  const cache = { turn: 0, items: [] };
  const classOf = new Map();
  let turn = 0;
  while (Date.now() < deadline) {
    const projects = await activeProjects(c, cache);
    if (projects.length === 0) {
      await sleep(500);
      continue;
    }
    const project = projects[turn++ % projects.length];
    const listed = await c.send('GET', `/api/projects/${project.id}/reports?kind=FundsInPlace`);
    if (!ok(listed) || !Array.isArray(listed.body)) continue;
    const latest = latestByMonth(listed.body);
    // The class this investor's money goes in: from a report with money in it, else tried in turn.
    for (const r of latest.values()) {
      const cls = CLASSES.find((k) => Number(r[k]) > 0);
      if (cls) classOf.set(project.id, cls);
    }
    const amount = 1_000_000 + (turn % 97) * 10_000;
    const figures = (cls) => Object.fromEntries(CLASSES.map((k) => [k, cls === k ? amount : 0]));
    const today = new Date(Date.now() + 8 * 3600_000);
    const approved = new Date(`${project.approvedOn}T00:00:00Z`);
    let missing = null;
    for (let y = approved.getUTCFullYear(), m = approved.getUTCMonth() + 1; y < today.getUTCFullYear() || (y === today.getUTCFullYear() && m < today.getUTCMonth() + 1); m === 12 ? (y++, (m = 1)) : m++) {
      if (!latest.has(`${y}-${String(m).padStart(2, '0')}`)) {
        missing = { year: y, month: m };
        break;
      }
    }
    let written = null;
    if (missing) {
      for (const cls of classOf.has(project.id) ? [classOf.get(project.id)] : [...CLASSES, null]) {
        written = await c.send('POST', `/api/projects/${project.id}/reports`, { json: { kind: 'FundsInPlace', ...missing, ...figures(cls), note: `可靠性上报 ${worker}-${turn}` } });
        if (ok(written) || !written.text.includes('source-class-mismatch')) break;
      }
    } else {
      const decided = [...latest.values()].filter((r) => r.status === 'Verified' || r.status === 'Rejected');
      const report = decided[turn % Math.max(1, decided.length)];
      if (!report) continue;
      const cls = CLASSES.find((k) => Number(report[k]) > 0) ?? null;
      written = await c.send('POST', `/api/projects/${project.id}/reports/${report.id}/corrections`, { json: { version: report.version, ...figures(cls), note: `可靠性更正 ${worker}-${turn}` } });
    }
    if (written && ok(written) && written.body) ack({ op: 'funds-report', projectId: project.id, reportId: written.body.id, version: written.body.version });
  }
}

/** A reviewer verifies (or, one in four, returns) the funds reports waiting on the projects it reads. */
async function fundsVerifier(worker) {
  const c = await new Caller(`funds-reviewer-${worker}`).signIn('reviewer', 'Reviewer#2026-Demo');
  const cache = { turn: 0, items: [] };
  let turn = 0;
  while (Date.now() < deadline) {
    const projects = (await activeProjects(c, cache)).filter((p) => p.openVerifications > 0 || cache.turn % 5 === 0);
    const project = projects[turn++ % Math.max(1, projects.length)];
    if (!project) {
      await sleep(500);
      continue;
    }
    const listed = await c.send('GET', `/api/projects/${project.id}/reports?kind=FundsInPlace`);
    const waiting = ok(listed) && Array.isArray(listed.body) ? listed.body.filter((r) => r.status === 'Submitted') : [];
    for (const r of waiting) {
      const verify = turn % 4 !== 0;
      const decided = verify
        ? await c.send('POST', `/api/projects/${project.id}/reports/${r.id}/verify`, { json: { version: r.version } })
        : await c.send('POST', `/api/projects/${project.id}/reports/${r.id}/reject`, { json: { version: r.version, reason: '到位资金凭证不全，请补充。' } });
      if (ok(decided) && decided.body) ack({ op: verify ? 'funds-verify' : 'funds-reject', projectId: project.id, reportId: r.id, version: decided.body.version });
      turn++;
    }
    if (waiting.length === 0) await sleep(200);
  }
}

async function visitor(worker) {
  const c = new Caller(`public-${worker}`);
  let turn = 0;
  while (Date.now() < deadline) {
    const list = await c.send('GET', '/api/public/publications?page=1&pageSize=5');
    const first = ok(list) && list.body ? list.body.items?.[0] : null;
    if (first) {
      const publication = await c.send('GET', `/api/public/publications/${first.id}`);
      const entry = ok(publication) && publication.body?.acceptsObjections ? publication.body.entries?.[turn % Math.max(1, publication.body.entries.length)] : null;
      if (entry && turn % 10 === 0) {
        await c.send('GET', '/api/auth/antiforgery');
        const form = new FormData();
        form.set('objectorName', '可靠性检查');
        form.set('contact', '13800138000');
        form.set('text', `可靠性检查提出的异议 ${turn}：请核实该项目的投资方信息。`);
        const lodged = await c.send('POST', `/api/public/publications/${first.id}/entries/${entry.id}/objections`, { form });
        if (ok(lodged) && lodged.body) ack({ op: 'objection', receiptCode: lodged.body.receiptCode, publicationId: first.id, entryId: entry.id });
      }
    }
    turn++;
    await sleep(100);
  }
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const setup = await new Caller('setup').signIn('filer', 'Filer#2026-Demo');
  const chains = ((await setup.send('GET', '/api/industry-chains')).body ?? []).map((c) => c.id);
  const workers = [
    ...Array.from({ length: FILERS }, (_, i) => filer(i, i % 2 === 0 ? 'filer' : 'filer2', chains)),
    ...Array.from({ length: REVIEWERS }, (_, i) => reviewer(i)),
    ...Array.from({ length: PUBLIC }, (_, i) => visitor(i)),
    ...Array.from({ length: FUNDS }, (_, i) => fundsReporter(i)),
    ...Array.from({ length: FUNDS }, (_, i) => fundsVerifier(i)),
  ];
  const results = await Promise.allSettled(workers);
  const failed = results.filter((r) => r.status === 'rejected');
  await writeFile(path.join(OUT, 'requests.jsonl'), requests.map((r) => JSON.stringify(r)).join('\n') + '\n');
  await writeFile(path.join(OUT, 'acks.jsonl'), acks.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const byStatus = {};
  for (const r of requests) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  console.log(`load: ${requests.length} requests in ${((Date.now() - started) / 1000).toFixed(0)} s over ${BASES.length} instance(s); ${acks.length} acknowledged writes; by status ${JSON.stringify(byStatus)}`);
  for (const f of failed) console.log(`load: a worker stopped: ${f.reason?.message ?? f.reason}`);
  process.exit(failed.length > 0 ? 1 : 0);
}

await main();
