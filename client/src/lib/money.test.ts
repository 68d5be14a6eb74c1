import { describe, expect, it } from 'vitest';
import { formatWan, formatYi, yuanToYi, isValidWan, scaleBandOfWan, wanToYuan, wanToYuanString, wanValue, yiValue, yuanToWan } from './money';

describe('万元 → yuan', () => {
  it('converts exactly, without float drift', () => {
    expect(wanToYuan('12345.67')).toBe(123456700);
    expect(wanToYuanString('12345.67')).toBe('123456700');
    expect(wanToYuan('0.01')).toBe(100);
    expect(wanToYuan('1.1')).toBe(11000);
    expect(wanToYuan('0.000001')).toBe(0.01);
    expect(wanToYuanString('0.123456')).toBe('1234.56');
    expect(wanToYuan('0')).toBe(0);
    expect(wanToYuan('000120')).toBe(1200000);
    expect(wanToYuan('999999999999.99')).toBe(9999999999999900);
    // 0.07 * 10000 is 700.0000000000001 in floating point; the text shift is exact.
    expect(wanToYuan('0.07')).toBe(700);
    expect(wanToYuan(' 4.35 ')).toBe(43500);
  });

  it('leaves empty input empty', () => {
    expect(wanToYuan('')).toBeUndefined();
    expect(wanToYuan('  ')).toBeUndefined();
    expect(wanToYuan(undefined)).toBeUndefined();
  });

  it('rejects more than two decimals in yuan terms and non-numbers', () => {
    expect(isValidWan('0.0000001')).toBe(false);
    expect(() => wanToYuan('0.0000001')).toThrow(RangeError);
    expect(() => wanToYuan('1.2345678')).toThrow(RangeError);
    for (const bad of ['-1', '1e5', 'abc', '1.', '.5', '1,000']) expect(isValidWan(bad)).toBe(false);
  });
});

describe('yuan → 万元', () => {
  it('shows the amount the filer typed', () => {
    expect(yuanToWan(123456700)).toBe('12345.67');
    expect(yuanToWan(100)).toBe('0.01');
    expect(yuanToWan(0.01)).toBe('0.000001');
    expect(yuanToWan(10000)).toBe('1');
    expect(yuanToWan(0)).toBe('0');
    expect(yuanToWan(undefined)).toBe('');
    for (const s of ['12345.67', '0.07', '0.000001', '500000', '3.141592']) expect(yuanToWan(wanToYuan(s))).toBe(s);
  });
});

describe('scale band', () => {
  it('follows seed 004 thresholds (1亿 = 10000 万元)', () => {
    expect(scaleBandOfWan('9999.99')).toBe('Below100Million');
    expect(scaleBandOfWan('10000')).toBe('From100MillionTo1Billion');
    expect(scaleBandOfWan('99999.99')).toBe('From100MillionTo1Billion');
    expect(scaleBandOfWan('100000')).toBe('From1BillionTo5Billion');
    expect(scaleBandOfWan('500000')).toBe('From5BillionTo10Billion');
    expect(scaleBandOfWan('1000000')).toBe('From10Billion');
    expect(scaleBandOfWan('')).toBeUndefined();
    expect(scaleBandOfWan('x')).toBeUndefined();
  });
});

describe('formatWan: the one display of an amount', () => {
  it('shows 万元 with thousands separators and two decimals', () => {
    expect(formatWan(123456700)).toBe('12,345.67');
    expect(formatWan(1500000000)).toBe('150,000.00');
    expect(formatWan(1234567890000)).toBe('123,456,789.00');
    expect(formatWan(10000)).toBe('1.00');
    expect(formatWan(0)).toBe('0.00');
    expect(formatWan(1000)).toBe('0.10');
  });

  it('is exact: more decimals only when the amount has them, never rounded', () => {
    // The case: 19,999,999.99 yuan was shown as "2,000万元".
    expect(formatWan(19999999.99)).toBe('1,999.999999');
    expect(formatWan(123456789.01)).toBe('12,345.678901');
    expect(formatWan(0.01)).toBe('0.000001');
    expect(formatWan(99999999.99)).toBe('9,999.999999');
    expect(formatWan(9999999999999.99)).toBe('999,999,999.999999');
  });

  it('shows a dash for no amount', () => {
    expect(formatWan(undefined)).toBe('—');
    expect(formatWan(null)).toBe('—');
    expect(formatWan(Number.NaN)).toBe('—');
  });

  it('round-trips what a filer typed, as a number for charts too', () => {
    const typed = ['12345.67', '1999.999999', '0.000001', '150000', '0.1'];
    expect(typed.map((s) => formatWan(wanToYuan(s)))).toEqual(['12,345.67', '1,999.999999', '0.000001', '150,000.00', '0.10']);
    expect(wanValue(19999999.99)).toBe(1999.999999);
    expect(wanValue(123456700)).toBe(12345.67);
    expect(wanValue(0)).toBe(0);
  });
});

describe('亿元 for leaders', () => {
  it('reads 万元 totals as exact 亿元', () => {
    expect(formatYi(30_650_000_000)).toBe('306.5');
    expect(formatYi(100_000_000)).toBe('1');
    expect(formatYi(1_000_000_000_000)).toBe('10,000');
    expect(formatYi(123_456_700)).toBe('1.234567');
    expect(formatYi(0)).toBe('0');
    expect(formatYi(0.01)).toBe('0.0000000001');
    expect(formatYi(-250_000_000)).toBe('-2.5');
  });

  it('never rounds across a threshold', () => {
    expect(formatYi(9_999_999_999.99)).toBe('99.9999999999');
    expect(formatYi(99_999_999.99)).toBe('0.9999999999');
    expect(yuanToYi(4_999_999_999)).toBe('49.99999999');
  });

  it('shows a dash for nothing', () => {
    expect(formatYi(null)).toBe('—');
    expect(formatYi(undefined)).toBe('—');
    expect(formatYi(Number.NaN)).toBe('—');
  });

  it('gives charts the 亿元 as a number, from the exact text', () => {
    expect(yiValue(30_650_000_000)).toBe(306.5);
    expect(yiValue(9_999_999_999.99)).toBe(99.9999999999);
    expect(yiValue(123_456_700)).toBe(1.234567);
    expect(yiValue(0)).toBe(0);
    expect(yiValue(Number.NaN)).toBe(0);
  });
});
