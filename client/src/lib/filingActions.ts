import type { FilingStatus } from '../api/client';

export type FilingActionKind = 'edit' | 'submit' | 'withdraw' | 'approve' | 'return' | 'revoke';

export const FILING_STATUSES: FilingStatus[] = ['Draft', 'UnderReview', 'Approved', 'UnderReReview', 'Returned', 'Withdrawn', 'Revoked'];

export const STATUS_COLORS: Record<FilingStatus, string> = {
  Draft: 'default',
  UnderReview: 'processing',
  Approved: 'success',
  Returned: 'warning',
  Withdrawn: 'default',
  Revoked: 'error',
  UnderReReview: 'orange',
};

/**
 * The buttons a user sees on a filing, following the API's workflow: a filer edits and submits a
 * draft or a returned filing and withdraws one under review; a reviewer (or an admin, whom the API
 * lets review) approves or returns one under review and revokes an approved one. Leaders only read. A filing under
 * re-review (复核中, an objection is open) offers none of these: the reviewer decides the objection instead.
 */
export function filingActionsFor(status: FilingStatus, roles: readonly string[]): FilingActionKind[] {
  const actions: FilingActionKind[] = [];
  if (roles.includes('Filer')) {
    if (status === 'Draft' || status === 'Returned') actions.push('edit', 'submit');
    if (status === 'UnderReview') actions.push('withdraw');
  }
  if (roles.includes('Reviewer') || roles.includes('Admin')) {
    if (status === 'UnderReview') actions.push('approve', 'return');
    if (status === 'Approved') actions.push('revoke');
  }
  return actions;
}
