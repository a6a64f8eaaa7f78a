import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type Org = Schemas['OrgView'];

export function getOrgs() {
  return unwrap(api.GET('/api/orgs'));
}

/** The organisations that take new work: a disabled one keeps its name in past records only. */
export function enabledOrgs(orgs?: Org[]): Org[] {
  return (orgs ?? []).filter((org) => !org.disabled);
}

export function useOrgs() {
  return useQuery({ queryKey: ['orgs'], queryFn: getOrgs, staleTime: 30 * 60_000 });
}
