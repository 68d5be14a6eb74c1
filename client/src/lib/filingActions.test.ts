import { describe, expect, it } from 'vitest';
import { FILING_STATUSES, filingActionsFor } from './filingActions';

describe('filingActionsFor', () => {
  it('lets a filer edit and submit drafts and returned filings, and withdraw one under review', () => {
    expect(filingActionsFor('Draft', ['Filer'])).toEqual(['edit', 'submit']);
    expect(filingActionsFor('Returned', ['Filer'])).toEqual(['edit', 'submit']);
    expect(filingActionsFor('UnderReview', ['Filer'])).toEqual(['withdraw']);
    for (const s of ['Approved', 'UnderReReview', 'Withdrawn', 'Revoked'] as const) expect(filingActionsFor(s, ['Filer'])).toEqual([]);
  });

  it('lets a reviewer approve or return one under review and revoke an approval', () => {
    expect(filingActionsFor('UnderReview', ['Reviewer'])).toEqual(['approve', 'return']);
    expect(filingActionsFor('Approved', ['Reviewer'])).toEqual(['revoke']);
    for (const s of ['Draft', 'Returned', 'Withdrawn', 'Revoked', 'UnderReReview'] as const) expect(filingActionsFor(s, ['Reviewer'])).toEqual([]);
    expect(filingActionsFor('UnderReview', ['Admin'])).toEqual(['approve', 'return']);
  });

  it('gives leaders, associations and unknown roles no actions', () => {
    for (const s of FILING_STATUSES) {
      expect(filingActionsFor(s, ['Leader'])).toEqual([]);
      expect(filingActionsFor(s, ['Association'])).toEqual([]);
      expect(filingActionsFor(s, [])).toEqual([]);
    }
  });
});
