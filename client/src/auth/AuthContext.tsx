import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { api, type CurrentUserDto } from '../api';
import { toProblem } from '../api/problem';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

interface AuthState {
  user: CurrentUserDto | null;
  loading: boolean;
  /** Stores the user returned by a successful login. */
  signedIn: (user: CurrentUserDto) => void;
  /** Signs out here, or (everywhere) ends every session of the user on the server. */
  signOut: (everywhere?: boolean) => Promise<void>;
  hasRole: (...roles: string[]) => boolean;
}

const AuthContext = createContext<AuthState | null>(null);

/**
 * The signed-in user or null. It asks `/api/auth/session`, which answers a visitor with 200 and no user, so a public page
 * or the login page never shows the browser's "401 Unauthorized" console error for a question whose answer is expected.
 */
async function fetchMe(signal: AbortSignal): Promise<CurrentUserDto | null> {
  try {
    return await api.auth.session(signal);
  } catch (error) {
    if (toProblem(error).status === 401) return null;
    throw error;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const me = useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
    retry: false,
  });

  const signedIn = useCallback(
    (user: CurrentUserDto) => {
      queryClient.setQueryData(ME_QUERY_KEY, user);
    },
    [queryClient],
  );

  const signOut = useCallback(async (everywhere = false) => {
    try {
      await (everywhere ? api.auth.logoutEverywhere() : api.auth.logout());
    } finally {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
    }
  }, [queryClient]);

  const user = me.data ?? null;
  const value = useMemo<AuthState>(
    () => ({
      user,
      loading: me.isPending,
      signedIn,
      signOut,
      hasRole: (...roles) => !!user && roles.some((r) => user.roles.includes(r)),
    }),
    [user, me.isPending, signedIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
}
