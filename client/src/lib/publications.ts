import type { PublicationDto, PublicationEntryDto } from '../api';

/** An entry still standing as published takes objections while the publicity period runs (the server checks again). */
export function canObject(p: PublicationDto, e: PublicationEntryDto): boolean {
  return p.acceptsObjections && (e.status === 'Listed' || e.status === 'UnderReReview' || e.status === 'ObjectionDismissed');
}
