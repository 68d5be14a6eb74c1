/**
 * Exact conversion between what a filer types in 万元 (ten thousands of yuan) and the yuan the API
 * stores. Decimal strings are shifted by four places as text, never multiplied as floats, so
 * "12345.67" 万元 is exactly 123456700 yuan. The API accepts at most two decimals of a yuan, so at
 * most six decimals of a 万元.
 */
const WAN_PATTERN = /^\d{1,12}(\.\d{1,6})?$/;

export const MAX_WAN_DECIMALS = 6;

/** True when the text is a non-negative 万元 amount with at most two decimals in yuan. */
export function isValidWan(text: string): boolean {
  return WAN_PATTERN.test(text.trim());
}

/** Yuan as a decimal string, e.g. "12345.67" → "123456700", "0.000001" → "0.01". Throws on invalid input. */
export function wanToYuanString(text: string): string {
  const s = text.trim();
  if (!WAN_PATTERN.test(s)) throw new RangeError(`Not a 万元 amount with at most two decimals in yuan: ${text}`);
  const [int, frac = ''] = s.split('.');
  const padded = frac.padEnd(6, '0');
  const yuanInt = (int + padded.slice(0, 4)).replace(/^0+(?=\d)/, '');
  const cents = padded.slice(4).replace(/0+$/, '');
  return cents ? `${yuanInt}.${cents}` : yuanInt;
}

/** Yuan as the JSON number the API expects (exact: at most 16 significant digits). Empty text gives undefined. */
export function wanToYuan(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined || text.trim() === '') return undefined;
  return Number(wanToYuanString(text));
}

/**
 * The exact decimal text of a yuan amount divided by 10^places, as text (never as a float): trailing zeros dropped, a
 * minus only when something is left. toFixed(2) is exact for any yuan amount with at most two decimals below 2^53 cents.
 */
function shiftYuan(yuan: number | null | undefined, places: number): string {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return '';
  const [int, frac] = Math.abs(yuan).toFixed(2).split('.');
  const digits = int.padStart(places + 1, '0');
  const whole = digits.slice(0, -places).replace(/^0+(?=\d)/, '');
  const part = (digits.slice(-places) + frac).replace(/0+$/, '');
  return `${yuan < 0 && (whole !== '0' || part) ? '-' : ''}${whole}${part ? `.${part}` : ''}`;
}

/** Thousands separators in the whole part of a decimal text. */
function groupThousands(text: string): string {
  return text.replace(/^(-?)(\d+)/, (_, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
}

/** 万元 text for a yuan amount from the API, e.g. 123456700 → "12345.67". */
export function yuanToWan(yuan: number | null | undefined): string {
  return shiftYuan(yuan, 4);
}

/**
 * The one way an amount is shown: 万元 with thousands separators and two decimals, more only when the amount has them, so
 * the text is always the exact amount (never rounded): 123456700 → "12,345.67", 1500000000 → "150,000.00",
 * 19999999.99 → "1,999.999999" (not "2,000.00"), 0.01 → "0.000001". Exports use the same rule as their cell format.
 */
export function formatWan(yuan: number | null | undefined): string {
  const wan = yuanToWan(yuan);
  if (!wan) return '—';
  const [int, frac = ''] = wan.split('.');
  return `${groupThousands(int)}.${frac.padEnd(2, '0')}`;
}

/** 亿元 text for a yuan amount from the API, exact: 30650000000000 → "30650", 3065000000 → "30.65", 1.5 → "0.000000015". */
export function yuanToYi(yuan: number | null | undefined): string {
  return shiftYuan(yuan, 8);
}

/**
 * How leaders read an amount: 亿元 with thousands separators and only the decimals the amount has, so the text is always
 * the exact amount and never crosses a threshold by rounding: 3,065,000 万元 → "306.5", 9,999,999,999.99 yuan →
 * "99.9999999999" (not "100"), 1e12 yuan → "10,000". Show it with the unit `t('common.yiYuan')`.
 */
export function formatYi(yuan: number | null | undefined): string {
  const yi = yuanToYi(yuan);
  return yi ? groupThousands(yi) : '—';
}

/** 万元 as a number for a chart's axis: the exact 万元 text as the nearest number (labels and tables show formatWan). */
export function wanValue(yuan: number): number {
  return Number(yuanToWan(yuan) || '0');
}

/** 亿元 as a number for a chart's axis in 亿元: the exact 亿元 text as the nearest number (labels and tooltips show formatYi). */
export function yiValue(yuan: number): number {
  return Number(yuanToYi(yuan) || '0');
}

export type ScaleBand =
  | 'Below100Million'
  | 'From100MillionTo1Billion'
  | 'From1BillionTo5Billion'
  | 'From5BillionTo10Billion'
  | 'From10Billion';

export const SCALE_BANDS: ScaleBand[] = [
  'Below100Million',
  'From100MillionTo1Billion',
  'From1BillionTo5Billion',
  'From5BillionTo10Billion',
  'From10Billion',
];

/** Seed 004's bands (< 1亿, 1–10亿, 10–50亿, 50–100亿, ≥ 100亿) for a 万元 text; undefined when empty/invalid. */
export function scaleBandOfWan(text: string | null | undefined): ScaleBand | undefined {
  if (!text || !isValidWan(text)) return undefined;
  // Compare whole 万元 only: the bands' edges are whole numbers of 万元 (1亿 = 10000 万元).
  const whole = BigInt(text.trim().split('.')[0]);
  const atLeast = (wan: bigint) => whole >= wan;
  if (atLeast(1_000_000n)) return 'From10Billion';
  if (atLeast(500_000n)) return 'From5BillionTo10Billion';
  if (atLeast(100_000n)) return 'From1BillionTo5Billion';
  if (atLeast(10_000n)) return 'From100MillionTo1Billion';
  return 'Below100Million';
}
