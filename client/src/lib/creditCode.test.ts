import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_CATEGORIES, creditCodeFault, organisationCheckCharacter } from './creditCode';

// The same cases as the server's CreditCodeTests (tests/Domain.UnitTests/FilingValueObjectTests.cs).
describe('the credit code rule mirrors the server (GB 32100-2015)', () => {
  it('accepts published codes and the test examples', () => {
    for (const code of [
      '914403001922038216', // 华为
      '9144030071526726XG', // 腾讯: organisation check character X
      '12100000400000624D', // 清华大学: 机构编制, 事业单位
      '53100000500021676K', // 民政, 基金会
      '31110000E00017891P', // 司法行政, 律师执业机构
      '91430702760750218M',
      '914307001234000550', // 18th check character 0
      '91430702760750090R', // organisation check character 0 (11)
      ' 9144030071526726xg ',
    ])
      expect(creditCodeFault(code)).toBeNull();
  });

  it('names the first wrong part', () => {
    expect(creditCodeFault('')).toBe('length');
    expect(creditCodeFault('91430702760750218')).toBe('length');
    expect(creditCodeFault('914307027607502S8M')).toBe('character');
    expect(creditCodeFault('91430702760750218Z')).toBe('character');
    expect(creditCodeFault('000000000000000000')).toBe('authorityCategory');
    expect(creditCodeFault('94430702760750218M')).toBe('authorityCategory');
    expect(creditCodeFault('914307A2760750218M')).toBe('division');
    expect(creditCodeFault('91350100M000100Y56')).toBe('organisationCode');
    expect(creditCodeFault('9143070276075021XN')).toBe('organisationCode');
    expect(creditCodeFault('91430702760750218N')).toBe('checkCharacter');
  });

  it('holds the same authority and category pairs as the server', () => {
    const pairs = Object.entries(CREDIT_CODE_CATEGORIES).flatMap(([a, cs]) => [...cs].map((c) => a + c));
    expect(pairs.sort()).toEqual(
      ['11', '12', '13', '19', '21', '29', '31', '32', '33', '34', '35', '39', '41', '49', '51', '52', '53', '59', '61', '62', '69',
        '71', '72', '79', '81', '89', '91', '92', '93', 'A1', 'A9', 'N1', 'N2', 'N3', 'N9', 'Y1'].sort(),
    );
  });

  it('computes the GB 11714 check character', () => {
    expect(organisationCheckCharacter('19220382')).toBe('1');
    expect(organisationCheckCharacter('71526726')).toBe('X');
    expect(organisationCheckCharacter('76075009')).toBe('0');
    expect(organisationCheckCharacter('MA4L0A2B')).toBe('3');
    expect(organisationCheckCharacter('ma4l0a2b')).toBeNull();
  });
});
