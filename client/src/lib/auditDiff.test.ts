import { describe, expect, it } from 'vitest';
import { diffAudit } from './auditDiff';

describe('diffAudit', () => {
  it('marks changed, added and removed properties', () => {
    const rows = diffAudit('{"name":"A","kind":"County","old":1}', '{"name":"B","kind":"County","new":true}');
    expect(rows).toEqual([
      { property: 'name', before: 'A', after: 'B', changed: true },
      { property: 'kind', before: 'County', after: 'County', changed: false },
      { property: 'old', before: '1', after: '', changed: true },
      { property: 'new', before: '', after: 'true', changed: true },
    ]);
  });

  it('handles a creation (no before) and a deletion (no after)', () => {
    expect(diffAudit(undefined, '{"a":1}')).toEqual([{ property: 'a', before: '', after: '1', changed: true }]);
    expect(diffAudit('{"a":null}', null)).toEqual([{ property: 'a', before: 'null', after: '', changed: true }]);
  });

  it('survives text that is not JSON', () => {
    expect(diffAudit('oops', undefined)).toEqual([{ property: 'value', before: 'oops', after: '', changed: true }]);
  });
});
