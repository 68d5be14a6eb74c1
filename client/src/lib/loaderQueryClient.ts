import type { QueryClient } from '@tanstack/react-query';

/**
 * The app's QueryClient for route loaders, which run outside React (main.tsx sets it; tests render without one, so their
 * loaders fetch nothing). A loader uses it to start a page's first query beside the page's chunk.
 */
let client: QueryClient | undefined;

export function setLoaderQueryClient(queryClient: QueryClient): void {
  client = queryClient;
}

export function loaderQueryClient(): QueryClient | undefined {
  return client;
}
