/** Only same-app paths are allowed as a return target (no open redirect). */
export function safeReturnUrl(value: string | null): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || value.startsWith('/login')) return undefined;
  return value;
}
