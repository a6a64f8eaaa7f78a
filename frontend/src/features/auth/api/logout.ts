import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from '@/lib/api-client';

/** Logout is a Spring Security filter endpoint, so it is not part of the OpenAPI contract. */
export async function logout(): Promise<void> {
  const token = readCookie(CSRF_COOKIE);
  await fetch('/api/auth/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: token ? { [CSRF_HEADER]: decodeURIComponent(token) } : {},
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => queryClient.clear(),
  });
}
