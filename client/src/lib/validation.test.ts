import { describe, expect, it } from 'vitest';
import { isStrongPassword, PHONE_PATTERN, UNIT_CODE_PATTERN, USER_NAME_PATTERN } from './validation';

describe('client-side rules mirror the server', () => {
  it('accepts the demo passwords and refuses weak ones', () => {
    for (const ok of ['Admin#2026-Demo', 'Assoc#2026-Demo', 'Reviewer#2026-Demo', 'Abcdef#20267']) expect(isStrongPassword(ok)).toBe(true);
    for (const weak of ['Ab#1', 'Abcdef#2026', 'admin#2026-demo', 'ADMIN#2026-DEMO', 'Admin2026Demo', 'Admin#abcdefg']) expect(isStrongPassword(weak)).toBe(false);
  });

  it('checks user names, unit codes and phone numbers', () => {
    expect(USER_NAME_PATTERN.test('zhang.san@wl')).toBe(true);
    expect(USER_NAME_PATTERN.test('张三')).toBe(false);
    expect(UNIT_CODE_PATTERN.test('WL-01')).toBe(true);
    expect(UNIT_CODE_PATTERN.test('WL 01')).toBe(false);
    expect(PHONE_PATTERN.test('0736-1234567')).toBe(true);
    expect(PHONE_PATTERN.test('(0736)1234567')).toBe(false);
  });
});
