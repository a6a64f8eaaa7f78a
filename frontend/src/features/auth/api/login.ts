import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';

export type LoginRequest = Schemas['LoginRequest'];

export function login(body: LoginRequest) {
  return unwrap(api.POST('/api/auth/login', { body }), { announceUnauthorized: false });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}
