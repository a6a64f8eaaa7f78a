import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type ItemProposal = Schemas['ItemProposal'];

export function proposeItem(body: ItemProposal) {
  return unwrap(api.POST('/api/items', { body }));
}

export function useProposeItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeItem,
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ['items'] });
      queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}
