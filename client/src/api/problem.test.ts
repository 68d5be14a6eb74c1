import { describe, expect, it } from 'vitest';
import { ApiException } from './index';
import { isConcurrencyConflict, toProblem } from './problem';

describe('toProblem', () => {
  it('reads a typed ProblemDetails object', () => {
    const p = toProblem({ status: 409, title: 'Conflict', detail: 'stale', code: 'concurrency.stale', errors: { name: ['bad'] } });
    expect(p).toMatchObject({ status: 409, detail: 'stale', code: 'concurrency.stale', errors: { name: ['bad'] } });
    expect(isConcurrencyConflict(p)).toBe(true);
  });

  it('parses the JSON text of an ApiException', () => {
    const e = new ApiException('x', 409, '{"status":409,"code":"unit.has-users","detail":"单位下仍有用户"}', {}, null);
    const p = toProblem(e);
    expect(p).toMatchObject({ status: 409, code: 'unit.has-users', detail: '单位下仍有用户' });
    expect(isConcurrencyConflict(p)).toBe(false);
  });

  it('keeps the status of an ApiException with a non-JSON body', () => {
    expect(toProblem(new ApiException('x', 429, 'Too Many Requests', {}, null))).toEqual({ status: 429 });
  });
});
