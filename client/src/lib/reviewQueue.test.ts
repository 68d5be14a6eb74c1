import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { ME_QUERY_KEY } from '../auth/AuthContext';
import { prefetchReviewQueue, reviewQueueQuery } from './reviewQueue';

const user = (roles: string[]) => ({ id: 'u1', userName: 'u', displayName: 'U', roles });

describe('the review queue from its route loader', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks for the rows the page will ask for, under the same key, for a reviewer', async () => {
    const queue = vi.spyOn(api.review, 'queue').mockResolvedValue({ items: [], page: 1, pageSize: 20, totalCount: 0 } as never);
    const client = new QueryClient();
    client.setQueryData(ME_QUERY_KEY, user(['Reviewer']));
    prefetchReviewQueue(client, 'http://x/review?unitId=u9&page=2');
    const { query, queryKey } = reviewQueueQuery('?unitId=u9&page=2');
    await vi.waitFor(() => expect(client.getQueryData(queryKey)).toBeDefined());
    expect(queue).toHaveBeenCalledTimes(1);
    expect(queue.mock.calls[0][0]).toEqual(query);
    expect(query).toMatchObject({ unitId: 'u9', page: 2, sort: 'Deadline', direction: 'Asc' });
  });

  it('asks for nothing when no reviewer or admin is signed in (the page answers: sign-in or 403)', () => {
    const queue = vi.spyOn(api.review, 'queue');
    for (const me of [undefined, null, user(['Filer']), user(['Leader'])]) {
      const client = new QueryClient();
      if (me !== undefined) client.setQueryData(ME_QUERY_KEY, me);
      prefetchReviewQueue(client, 'http://x/review');
    }
    prefetchReviewQueue(undefined, 'http://x/review');
    expect(queue).not.toHaveBeenCalled();
  });
});
