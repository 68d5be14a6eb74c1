import type { FilingStatus } from '../api/client';
import { FILING_STATUSES } from './filingActions';

/** The filings list, filtered by a status through the URL (`/filings?status=Returned`): what workbench counts link to. */
export function filingsListPath(status?: FilingStatus): string {
  return status ? `/filings?status=${status}` : '/filings';
}

/** The status filter a `/filings?status=…` URL names; an unknown or missing one is no filter. */
export function statusFromSearch(params: URLSearchParams): FilingStatus | undefined {
  const value = params.get('status');
  return FILING_STATUSES.find((s) => s === value);
}
