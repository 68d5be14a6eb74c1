import { describe, expect, it } from 'vitest';
import { isOutsideMainland, rollUp } from './sourceRegions';

describe('sourceRegions', () => {
  it.each([
    ['430700', '430000'],
    ['440300', '440000'],
    ['429004', '420000'],
    ['430000', '430000'],
    ['FI', 'FI'],
  ])('rolls %s up to %s', (code, province) => {
    expect(rollUp(code)).toBe(province);
  });

  it.each(['', 'fi', 'FIN', '43070', '4307000', '030700', undefined, null])('rolls nothing up from %s', (code) => {
    expect(rollUp(code)).toBeUndefined();
  });

  it.each(['810000', '820000', '710000', '810100', 'FI', 'MX', 'SG', 'US'])('%s is outside the mainland', (code) => {
    expect(isOutsideMainland(code)).toBe(true);
  });

  it.each(['430700', '440300', '110000', '500000', '650100', '720000', '800000', '', 'fi', undefined, null])('%s is not outside the mainland', (code) => {
    expect(isOutsideMainland(code)).toBe(false);
  });
});
