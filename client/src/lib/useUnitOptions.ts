import { useQuery } from '@tanstack/react-query';
import { api } from '../api';

/** All units for pickers (the server caps a page at 200, which covers a city's counties and parks). */
export function useUnitOptions(enabled = true) {
  const q = useQuery({
    queryKey: ['units', { page: 1, pageSize: 200, purpose: 'options' }],
    queryFn: ({ signal }) => api.units.list({ page: 1, pageSize: 200 }, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
  return {
    loading: q.isLoading,
    options: (q.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name}（${u.code}）` })),
  };
}
