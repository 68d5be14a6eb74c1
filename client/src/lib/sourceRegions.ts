/**
 * Source-region codes, as the server's Domain/ReferenceData/SourceOrigin.cs (SourceRegionCodes) reads them: a GB/T 2260
 * division is six digits (a province NN0000, a city NNMM00 or NNMMKK), a country two capital letters (ISO 3166-1 alpha-2).
 * Keep the two in step.
 */

/** 台湾, 香港, 澳门: outside the mainland for investment purposes (港澳台资). */
export const HONG_KONG_MACAO_TAIWAN = new Set(['710000', '810000', '820000']);

export const isDivision = (code?: string | null): code is string => !!code && /^[1-9][0-9]{5}$/.test(code);

export const isCountry = (code?: string | null): code is string => !!code && /^[A-Z]{2}$/.test(code);

/** The province a division belongs to (430700 → 430000); a country is its own roll-up; undefined otherwise. */
export function rollUp(code?: string | null): string | undefined {
  if (isDivision(code)) return `${code.slice(0, 2)}0000`;
  if (isCountry(code)) return code;
  return undefined;
}

/** True when an investor from the region needs no mainland credit code: 港澳台 or abroad. */
export function isOutsideMainland(code?: string | null): boolean {
  if (isCountry(code)) return true;
  const province = rollUp(code);
  return !!province && HONG_KONG_MACAO_TAIWAN.has(province);
}
