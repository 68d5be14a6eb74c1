/**
 * Who reads a filing's contact person, phone and recommender's contact — the server's rule (Application/Filings/FilingContacts.cs):
 * the filing's own unit (its filers only ever open their unit's filings), reviewers and admins. Leaders do not: their screens
 * show no contact rows at all, not empty ones.
 */
export function maySeeContacts(roles: readonly string[]): boolean {
  return roles.some((r) => r === 'Filer' || r === 'Reviewer' || r === 'Admin');
}
