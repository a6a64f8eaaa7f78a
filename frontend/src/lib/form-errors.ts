import type { FormInstance } from 'antd';
import { ApiError } from './api-client';

/** "scores[2].score" → ['scores', 2, 'score'], the path antd forms use. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part.length > 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts each field error of a validation problem on its form field. `knownFields` names the form's
 * plain fields ("name") and its list fields ("scores[]", whose items' errors go on the item).
 * Returns the messages that belong to no field of the form, for a general alert: each under the
 * form's label for its field when `labels` has one, never under the request's JSON path.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  knownFields: string[],
  labels: Record<string, string> = {},
): string[] {
  if (!(error instanceof ApiError)) {
    return [String(error instanceof Error ? error.message : error)];
  }
  if (error.fieldErrors.length === 0) {
    return [error.problem.detail ?? error.problem.title];
  }
  const unplaced: string[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const { field, message } of error.fieldErrors) {
    const path = fieldPath(field);
    const top = String(path[0]);
    const placeable =
      (path.length === 1 && knownFields.includes(top)) || (path.length > 1 && knownFields.includes(`${top}[]`));
    if (placeable) {
      fields.push({ name: path, errors: [message] });
    } else {
      const label = labels[field] ?? labels[top];
      unplaced.push(label ? `${label}：${message}` : message);
    }
  }
  form.setFields(fields);
  return unplaced;
}
