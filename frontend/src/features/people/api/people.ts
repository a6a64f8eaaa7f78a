import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type UserEntry = Schemas['UserEntry'];
export type AccountState = UserEntry['state'];
export type GroupSummary = Schemas['GroupSummary'];
export type GroupKind = GroupSummary['kind'];
export type OrgEntry = Schemas['OrgEntry'];
export type OrgKind = OrgEntry['kind'];
export type NewUser = Schemas['NewUser'];
export type UserChange = Schemas['UserChange'];
export type NewOrg = Schemas['NewOrg'];

export const ACCOUNT_STATES: AccountState[] = ['ACTIVE', 'DISABLED', 'LOCKED'];
export const GROUP_KINDS: GroupKind[] = ['ROLE', 'DIVISION', 'DEPARTMENT', 'UNIT', 'ORGANISATION'];
export const ORG_KINDS: OrgKind[] = ['FINANCE', 'DEPARTMENT', 'UNIT', 'INVESTMENT_AUTHORITY', 'THIRD_PARTY', 'AUDIT', 'EXPERT_POOL'];

export interface UserQuery {
  q?: string;
  group?: string;
  orgCode?: string;
  state?: AccountState;
  page: number;
  size: number;
}

const peopleKey = ['admin', 'people'] as const;

export function useUsers(query: UserQuery) {
  return useQuery({
    queryKey: [...peopleKey, 'users', query],
    queryFn: () => unwrap(api.GET('/api/admin/people/users', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useGroups(kind?: GroupKind) {
  return useQuery({
    queryKey: [...peopleKey, 'groups', kind ?? 'all'],
    queryFn: () => unwrap(api.GET('/api/admin/people/groups', { params: { query: { kind } } })),
  });
}

export function useGroupMembers(id: string | undefined) {
  return useQuery({
    queryKey: [...peopleKey, 'members', id],
    queryFn: () => unwrap(api.GET('/api/admin/people/groups/{id}/members', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
  });
}

export function useOrgOverview() {
  return useQuery({ queryKey: [...peopleKey, 'orgs'], queryFn: () => unwrap(api.GET('/api/admin/people/orgs')) });
}

export function useDivisions() {
  return useQuery({ queryKey: ['divisions'], queryFn: () => unwrap(api.GET('/api/divisions')), staleTime: 3_600_000 });
}

/** A change in the directory: every list of people, groups and organisations is read again. */
function usePeopleMutation<V, R>(run: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: peopleKey }),
      queryClient.invalidateQueries({ queryKey: ['orgs'] }),
    ]),
  });
}

export function useCreateUser() {
  return usePeopleMutation((body: NewUser) => unwrap(api.POST('/api/admin/people/users', { body })));
}

export function useUpdateUser() {
  return usePeopleMutation(({ id, body }: { id: string; body: UserChange }) =>
    unwrap(api.PUT('/api/admin/people/users/{id}', { params: { path: { id } }, body })));
}

export type UserAction = 'disable' | 'enable' | 'unlock';

export function useUserAction() {
  return usePeopleMutation(({ id, action }: { id: string; action: UserAction }) => {
    const params = { params: { path: { id } } };
    switch (action) {
      case 'disable': return unwrap(api.POST('/api/admin/people/users/{id}/disable', params));
      case 'enable': return unwrap(api.POST('/api/admin/people/users/{id}/enable', params));
      default: return unwrap(api.POST('/api/admin/people/users/{id}/unlock', params));
    }
  });
}

export function useResetPassword() {
  return usePeopleMutation(({ id, password }: { id: string; password?: string }) =>
    unwrap(api.POST('/api/admin/people/users/{id}/password-reset', { params: { path: { id } }, body: { password } })));
}

export function useCreateGroup() {
  return usePeopleMutation((body: Schemas['NewGroup']) => unwrap(api.POST('/api/admin/people/groups', { body })));
}

export function useRenameGroup() {
  return usePeopleMutation(({ id, name }: { id: string; name: string }) =>
    unwrap(api.PUT('/api/admin/people/groups/{id}', { params: { path: { id } }, body: { name } })));
}

export function useMembership() {
  return usePeopleMutation(({ id, userId, add }: { id: string; userId: string; add: boolean }) => {
    const params = { params: { path: { id, userId } } };
    return add ? unwrap(api.PUT('/api/admin/people/groups/{id}/members/{userId}', params))
      : unwrap(api.DELETE('/api/admin/people/groups/{id}/members/{userId}', params));
  });
}

export function useSaveOrg() {
  return usePeopleMutation(({ code, body }: { code?: string; body: NewOrg }) => {
    if (code === undefined) {
      return unwrap(api.POST('/api/admin/people/orgs', { body }));
    }
    const { code: _code, ...change } = body;
    void _code;
    return unwrap(api.PUT('/api/admin/people/orgs/{code}', { params: { path: { code } }, body: change }));
  });
}

export function useOrgState() {
  return usePeopleMutation(({ code, disable }: { code: string; disable: boolean }) => {
    const params = { params: { path: { code } } };
    return disable ? unwrap(api.POST('/api/admin/people/orgs/{code}/disable', params))
      : unwrap(api.POST('/api/admin/people/orgs/{code}/enable', params));
  });
}
