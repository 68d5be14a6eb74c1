import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ObjectionDto } from '../api';

export const OBJECTIONS_KEY = ['objections'] as const;

/** How often the menu asks how many objections wait for re-review. */
export const PENDING_POLL_MS = 60_000;

/** The number of objections waiting for re-review (one row asked for: the total is the answer). */
export function usePendingObjectionCount(enabled: boolean) {
  return useQuery({
    queryKey: [...OBJECTIONS_KEY, 'pending-count'],
    queryFn: ({ signal }) => api.objections.list({ status: 'Pending', page: 1, pageSize: 1 }, signal),
    select: (page) => page.totalCount,
    refetchInterval: PENDING_POLL_MS,
    retry: false,
    enabled,
  });
}

/** After a decision: the objection as answered, and everything it changes (lists, the count, the filing, the reserve list). */
export function useObjectionDecided() {
  const client = useQueryClient();
  return (o: ObjectionDto) => {
    client.setQueryData([...OBJECTIONS_KEY, 'one', o.id], o);
    void client.invalidateQueries({ queryKey: OBJECTIONS_KEY });
    void client.invalidateQueries({ queryKey: ['filing', o.filingId] });
    void client.invalidateQueries({ queryKey: ['filings'] });
    void client.invalidateQueries({ queryKey: ['reserve-list'] });
  };
}
