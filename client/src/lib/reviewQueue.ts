import type { QueryClient } from '@tanstack/react-query';
import { api, type CurrentUserDto } from '../api';
import { ME_QUERY_KEY } from '../auth/AuthContext';
import { QUEUE_DEFAULTS, queueQueryOf } from './filingPath';

/** The review queue's query for a URL search string: one key and fetch for the page and for its route loader. */
export function reviewQueueQuery(search: string) {
  const query = queueQueryOf(search, QUEUE_DEFAULTS);
  return {
    query,
    queryKey: ['review', 'queue', query] as const,
    queryFn: ({ signal }: { signal: AbortSignal }) => api.review.queue(query, signal),
  };
}

/**
 * Starts the queue's first page from the route loader, beside the page's and the shell's chunks, so the rows do not wait
 * for the page to render before they are asked for. Only for a signed-in reviewer or admin (anyone else gets the page's
 * own answer: the sign-in page or 403), and never twice for a fresh answer (prefetchQuery keeps the cache's staleTime).
 */
export function prefetchReviewQueue(client: QueryClient | undefined, url: string): void {
  const user = client?.getQueryData<CurrentUserDto | null>(ME_QUERY_KEY);
  if (!client || !user || !(user.roles.includes('Reviewer') || user.roles.includes('Admin'))) return;
  const { queryKey, queryFn } = reviewQueueQuery(new URL(url).search);
  void client.prefetchQuery({ queryKey, queryFn });
}
