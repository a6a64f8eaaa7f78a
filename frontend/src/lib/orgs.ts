import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type Org = Schemas['OrgView'];

export function getOrgs() {
  return unwrap(api.GET('/api/orgs'));
}

export function useOrgs() {
  return useQuery({ queryKey: ['orgs'], queryFn: getOrgs, staleTime: 30 * 60_000 });
}
