import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type CurrentUser = Schemas['CurrentUser'];

export const meQueryKey = ['auth', 'me'] as const;

export function getMe(): Promise<CurrentUser> {
  return unwrap(api.GET('/api/auth/me'), { announceUnauthorized: false });
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: getMe, retry: false, staleTime: 5 * 60_000 });
}

export function hasRole(user: CurrentUser | undefined, role: string): boolean {
  return user?.roles.includes(role) ?? false;
}
