import { describe, expect, it } from 'vitest';
import { filingsListPath, statusFromSearch } from './filingsLink';

describe('filingsLink', () => {
  it('puts the status in the list URL and reads it back', () => {
    expect(filingsListPath('Returned')).toBe('/filings?status=Returned');
    expect(filingsListPath()).toBe('/filings');
    expect(statusFromSearch(new URLSearchParams('status=Returned&page=2'))).toBe('Returned');
  });

  it('ignores a status the API does not have', () => {
    expect(statusFromSearch(new URLSearchParams('status=returned'))).toBeUndefined();
    expect(statusFromSearch(new URLSearchParams('status=Bogus'))).toBeUndefined();
    expect(statusFromSearch(new URLSearchParams(''))).toBeUndefined();
  });
});
