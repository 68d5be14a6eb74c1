import type { ReviewQueueQuery } from '../api';
import { DEFAULT_PAGE_SIZE } from './paging';

/** The review queue's query when its URL says nothing. */
export const QUEUE_DEFAULTS: ReviewQueueQuery = { page: 1, pageSize: DEFAULT_PAGE_SIZE, sort: 'Deadline', direction: 'Asc' };

/**
 * Where a user reads a filing: reviewers and admins at /review/:id (with its objections and the review buttons), filers
 * and leaders at /filings/:id. Every link to a filing goes through this, so a project name opens the page the user may see.
 */
export function filingPath(id: string, roles: readonly string[]): string {
  return roles.includes('Reviewer') || roles.includes('Admin') ? `/review/${id}` : `/filings/${id}`;
}

/**
 * What the review queue hands the filing it opens (router state, not the URL, so the link's href stays the filing's):
 * the queue's search string (its filters, sort and page) and the filing's position in it, for 下一条 and 返回队列.
 */
export interface QueueContext {
  queueSearch: string;
  index: number;
}

export function queueContextOf(state: unknown): QueueContext | undefined {
  const s = state as Partial<QueueContext> | null | undefined;
  return s && typeof s.queueSearch === 'string' && typeof s.index === 'number' ? { queueSearch: s.queueSearch, index: s.index } : undefined;
}

const NUMBERS = new Set(['page', 'pageSize']);
const KEYS = new Set([
  ...NUMBERS,
  'sort',
  'direction',
  'unitId',
  'industryChainId',
  'category',
  'sourceRegionCode',
  'sourceOrigin',
  'scaleBand',
  'stage',
  'submittedFrom',
  'submittedTo',
]);

/** The queue's query as its URL's search string (defaults left out), and back. */
export function queueSearchOf(query: ReviewQueueQuery, initial: ReviewQueueQuery): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '' || initial[k as keyof ReviewQueueQuery] === v) continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function queueQueryOf(search: string, initial: ReviewQueueQuery): ReviewQueueQuery {
  const query: Record<string, unknown> = { ...initial };
  for (const [k, v] of new URLSearchParams(search)) {
    if (!v || !KEYS.has(k)) continue;
    if (NUMBERS.has(k)) {
      const n = Number(v);
      if (Number.isInteger(n) && n > 0) query[k] = n;
    } else query[k] = v;
  }
  return query as unknown as ReviewQueueQuery;
}
