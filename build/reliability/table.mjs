// The reliability run's table (issue 17): the rows of checks.jsonl in --out (build/reliability/check.mjs's checks, then
// run.sh's fuzz row) printed as a table, also written to checks.txt; the last line "reliability: N passed, M failed" (read by
// build/test.sh); exits 1 on any failed row or when there is none.
//
//   node build/reliability/table.mjs --out artifacts/reliability
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const at = process.argv.indexOf('--out');
const OUT = at > 0 ? process.argv[at + 1] : 'artifacts/reliability';
const file = path.join(OUT, 'checks.jsonl');
const results = existsSync(file)
  ? readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
  : [];
if (results.length === 0) results.push({ name: 'the checks ran', passed: false, detail: `${file} has no rows` });

const width = Math.max(...results.map((r) => r.name.length));
const table = ['', `${'check'.padEnd(width)}  result  detail`, `${'-'.repeat(width)}  ------  ------`, ...results.map((r) => `${r.name.padEnd(width)}  ${r.passed ? 'ok    ' : 'FAILED'}  ${r.detail}`)].join('\n');
console.log(table);
writeFileSync(path.join(OUT, 'checks.txt'), table + '\n');
const failed = results.filter((r) => !r.passed).length;
console.log(`\nreliability: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
