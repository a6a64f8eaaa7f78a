import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type AssessmentView = Schemas['AssessmentView'];

export function getAssessments(code: string) {
  return unwrap(api.GET('/api/items/{code}/assessments', { params: { path: { code } } }));
}

export function useAssessments(code: string | undefined) {
  return useQuery({ queryKey: ['assessments', code], queryFn: () => getAssessments(code!), enabled: !!code });
}
