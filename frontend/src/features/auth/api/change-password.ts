import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';

export type PasswordChange = Schemas['PasswordChange'];

export function changePassword(body: PasswordChange) {
  return unwrap(api.POST('/api/auth/password', { body }));
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
