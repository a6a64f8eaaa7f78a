import { describe, expect, it } from 'vitest';
import { SUBJECT_TASK_FORMS, TASK_FORMS } from './task-forms';
import FORM_KEYS from './task-form-keys.json';

/**
 * task-form-keys.json is the list of form keys the app renders; the backend's model validator
 * refuses a BPMN whose camunda:formKey is not in it. It and task-forms.tsx must say the same.
 */
describe('task-form-keys.json', () => {
  const rendered = [...Object.keys(TASK_FORMS), ...Object.keys(SUBJECT_TASK_FORMS)].sort();

  it('lists every form task-forms.tsx renders', () => {
    expect([...FORM_KEYS].sort()).toEqual(rendered);
  });

  it('lists no key twice', () => {
    expect(new Set(FORM_KEYS).size).toBe(FORM_KEYS.length);
  });
});
