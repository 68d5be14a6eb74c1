/** Only same-app paths are allowed as a return target (no open redirect). */
export function safeReturnUrl(value: string | null): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || value.startsWith('/login')) return undefined;
  return value;
}

/** The `reason` the login page is given when the API refused a session that had ended (idle, expired, signed out elsewhere, ended by an admin). */
export const SESSION_ENDED_REASON = 'session-ended';

/** The login page's address with the way back; `sessionEnded` makes it say why the user is there. */
export function loginPath(returnTo: string, sessionEnded = false): string {
  return `/login?returnUrl=${encodeURIComponent(returnTo)}${sessionEnded ? `&reason=${SESSION_ENDED_REASON}` : ''}`;
}
