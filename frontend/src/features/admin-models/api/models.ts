import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export type ModelView = Schemas['ModelView'];
export type VersionView = Schemas['VersionView'];
export type ValidationView = Schemas['ValidationView'];
export type DeploymentView = Schemas['DeploymentView'];
export type FileChanges = Schemas['FileChanges'];
export type ProblemView = Schemas['ProblemView'];

export const catalogueQuery = () =>
  queryOptions({ queryKey: ['admin', 'models'], queryFn: () => unwrap(api.GET('/api/admin/models')) });

/** The files as the multipart body, or the packaged processes/ when none are given. */
function form(files: File[]): FormData {
  const body = new FormData();
  files.forEach((file) => body.append('files', file, file.name));
  if (files.length === 0) {
    body.append('packaged', 'true');
  }
  return body;
}

export const validateModels = (files: File[]) =>
  unwrap(api.POST('/api/admin/models/validations', {
    body: form(files) as never,
    bodySerializer: (body: unknown) => body as FormData,
  }));

export const deployModels = (files: File[]) =>
  unwrap(api.POST('/api/admin/models/deployments', {
    body: form(files) as never,
    bodySerializer: (body: unknown) => body as FormData,
  }));
