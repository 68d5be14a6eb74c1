// The unified social credit code rule of the server (Domain/Filings/CreditCode.cs, GB 32100-2015), so the form says
// which part is wrong before a round trip; the server stays the authority.

/** Which part is wrong, the first in this order; null when the code is valid. */
export type CreditCodeFault = 'length' | 'character' | 'authorityCategory' | 'division' | 'organisationCode' | 'checkCharacter';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Registration authority → its organisation categories (GB 32100-2015 table 1, amendment No. 1 and later assignments). */
export const CREDIT_CODE_CATEGORIES: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制
  '2': '19', // 外交
  '3': '123459', // 司法行政
  '4': '19', // 文化
  '5': '1239', // 民政
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  '9': '123', // 工商
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业
  Y: '1', // 其他
};

/** The 18th character for the first seventeen, or null if one of them is not a code character. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** GB 11714's check character for an organisation code's eight body characters (0-9, A-Z = 10..35), or null. */
export function organisationCheckCharacter(body8: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(body8)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i], 36) * ORGANISATION_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Trims and upper-cases, then checks each part of the code as the server does. */
export function creditCodeFault(input: string | null | undefined): CreditCodeFault | null {
  const code = (input ?? '').trim().toUpperCase();
  if (code.length !== 18) return 'length';
  const check = creditCodeCheckCharacter(code.slice(0, 17));
  if (check === null || !ALPHABET.includes(code[17])) return 'character';
  if (!(CREDIT_CODE_CATEGORIES[code[0]] ?? '').includes(code[1])) return 'authorityCategory';
  if (!/^[0-9]{6}$/.test(code.slice(2, 8))) return 'division';
  if (organisationCheckCharacter(code.slice(8, 16)) !== code[16]) return 'organisationCode';
  return check === code[17] ? null : 'checkCharacter';
}
