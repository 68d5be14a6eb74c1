import { useQuery } from '@tanstack/react-query';
import { api, type FilingListItemDto } from '../api';
import { QUEUE_DEFAULTS, queueQueryOf, type QueueContext } from './filingPath';

/** Where 下一条 goes: the next filing's page, with the queue's context handed on; null when the queue holds no other filing. */
export interface NextInQueue {
  path: string;
  state: QueueContext;
}

/**
 * The filing to review after the one just decided, in the queue the reviewer came from (same filters and sort). The decided
 * filing has left the queue, so the one now at its place is the next; after the last one, the queue's first. Asked only when
 * `enabled` (after a decision), one row at a time.
 */
export function useNextInQueue(currentId: string | undefined, queue: QueueContext | undefined, enabled: boolean) {
  const queueSearch = queue?.queueSearch ?? '';
  const index = queue?.index ?? 0;
  return useQuery({
    queryKey: ['review', 'queue', 'next', queueSearch, index, currentId],
    enabled,
    staleTime: 0,
    queryFn: async ({ signal }): Promise<NextInQueue | null> => {
      const query = queueQueryOf(queueSearch, QUEUE_DEFAULTS);
      const at = async (i: number): Promise<FilingListItemDto | undefined> => (await api.review.queue({ ...query, page: i + 1, pageSize: 1 }, signal)).items[0];
      let position = index;
      let next = await at(position);
      if (next?.id === currentId) next = await at(++position);
      if (!next && position > 0) {
        position = 0;
        next = await at(0);
        if (next?.id === currentId) next = undefined;
      }
      return next ? { path: `/review/${next.id}`, state: { queueSearch, index: position } } : null;
    },
  });
}
