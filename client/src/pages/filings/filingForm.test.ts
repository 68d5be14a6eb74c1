import { beforeAll, describe, expect, it } from 'vitest';
import { FIELD_LABEL_KEYS, FIELD_NAMES, requiredToSubmit, SUBMIT_ABOVE_ZERO, SUBMIT_REQUIRED, submitFaults, type FilingField } from './filingForm';
import zh from '../../i18n/zh-CN.json';

const camel = (s: string) => s[0].toLowerCase() + s.slice(1);

// The server's one list of what submission needs, read as text (Node's fs: the tests run in Node) so this test fails when
// the two lists drift apart.
let filingDetailsCs = '';
beforeAll(async () => {
  const fs = (await import(/* @vite-ignore */ 'node:fs' as string)) as { readFileSync(path: string, encoding: 'utf8'): string };
  const cwd = (globalThis as unknown as { process: { cwd(): string } }).process.cwd(); // client/, where vitest runs
  filingDetailsCs = fs.readFileSync(`${cwd}/../src/Domain/Filings/FilingDetails.cs`, 'utf8');
});

/** A method's body: up to the closing brace of a block body, or the end of an expression body's line. */
function serverList(method: string, end = '\n    }'): string {
  const start = filingDetailsCs.indexOf(method);
  expect(start, `${method} not found in FilingDetails.cs`).toBeGreaterThan(0);
  return filingDetailsCs.slice(start, filingDetailsCs.indexOf(end, start));
}

describe('what submission needs, as the server says (Domain/Filings/FilingDetails.cs)', () => {
  it('lists the same fields as MissingFields, in the same order', () => {
    const needs = [...serverList('MissingFields()').matchAll(/Need\((.*), nameof\((\w+)\)\);/g)];
    expect(needs.length).toBeGreaterThan(5);
    expect(SUBMIT_REQUIRED).toEqual(needs.map((m) => camel(m[2])));
    // Only the credit code is conditional, and on the region being outside the mainland, as requiredToSubmit says.
    const conditional = needs.filter((m) => m[1].includes('||')).map((m) => [camel(m[2]), m[1]]);
    expect(conditional).toEqual([['creditCode', 'OutsideMainland || CreditCode is not null']]);
  });

  it('needs the same amounts above zero as ZeroAmountFields', () => {
    const zero = [...serverList('ZeroAmountFields()', ';\n').matchAll(/nameof\((\w+)\)/g)].map((m) => camel(m[1]));
    expect([...new Set(zero)]).toEqual(SUBMIT_ABOVE_ZERO);
  });

  it('needs the credit code of an investor from the mainland or from nowhere yet, not from 港澳台 or abroad', () => {
    expect(requiredToSubmit('creditCode', {})).toBe(true);
    expect(requiredToSubmit('creditCode', { sourceRegionCode: '430700' })).toBe(true);
    expect(requiredToSubmit('creditCode', { sourceRegionCode: '810000' })).toBe(false);
    expect(requiredToSubmit('creditCode', { sourceRegionCode: '710100' })).toBe(false);
    expect(requiredToSubmit('creditCode', { sourceRegionCode: 'FI' })).toBe(false);
    expect(requiredToSubmit('associationId', {})).toBe(false);
  });

  it('finds every fault of an empty form at once, and a planned total of 0', () => {
    expect(submitFaults({}).map((f) => f.field)).toEqual(SUBMIT_REQUIRED);
    expect(submitFaults({ sourceRegionCode: 'FI' }).map((f) => f.field)).not.toContain('creditCode');
    expect(submitFaults({ plannedTotalInvestment: '0.00' })).toContainEqual({ field: 'plannedTotalInvestment', fault: 'zero' });
    expect(submitFaults({ plannedFixedAssetInvestment: '0' }).map((f) => f.field)).not.toContain('plannedFixedAssetInvestment');
  });

  it('names every field by a label the form has', () => {
    const filings = zh.filings as Record<string, unknown>;
    for (const field of FIELD_NAMES) {
      const key = FIELD_LABEL_KEYS[field as FilingField];
      expect(typeof filings[key.replace('filings.', '')], key).toBe('string');
    }
  });
});
