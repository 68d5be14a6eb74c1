/**
 * The zh-CN punctuation style: full-width ，；：？！（） beside Chinese text and one kind of quotation marks, “…”.
 * `punctuationFaults` names what breaks it in one string (empty when the string is fine); the i18n test runs it over
 * every zh-CN string and the client's hard-coded Chinese, so a new string cannot bring half-width punctuation back.
 */
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”]/;
const HAN = /[\u3400-\u9fff]/;
const HALF_WIDTH = /[,;:?!()]/;
const OTHER_QUOTES = /["'‘’「」『』]/;

export function punctuationFaults(text: string): string[] {
  if (!HAN.test(text)) return [];
  const faults: string[] = [];
  const chars = [...text];
  chars.forEach((c, i) => {
    if (!HALF_WIDTH.test(c)) return;
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if (c === ':' && /\d/.test(before) && /\d/.test(after)) return; // a time such as 09:00
    if (CJK.test(before) || CJK.test(after)) faults.push(`half-width "${c}" beside Chinese at ${i}: …${chars.slice(Math.max(0, i - 4), i + 5).join('')}…`);
  });
  const quote = OTHER_QUOTES.exec(text);
  if (quote) faults.push(`quotation mark ${quote[0]} (use “…”)`);
  return faults;
}
