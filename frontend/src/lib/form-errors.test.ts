import { describe, expect, it, vi } from 'vitest';
import type { FormInstance } from 'antd';
import { ApiError } from './api-client';
import { applyFieldErrors, fieldPath } from './form-errors';

describe('fieldPath', () => {
  it('turns bracketed indexes into numbers', () => {
    expect(fieldPath('scores[2].score')).toEqual(['scores', 2, 'score']);
    expect(fieldPath('name')).toEqual(['name']);
  });
});

describe('applyFieldErrors', () => {
  const problem = (errors: { field: string; message: string }[]) =>
    new ApiError(400, { type: '/problems/validation', title: 'Invalid request', status: 400, detail: 'x', errors });

  it('puts known fields on the form and returns the rest', () => {
    const setFields = vi.fn();
    const form = { setFields } as unknown as FormInstance;

    const rest = applyFieldErrors(
      form,
      problem([
        { field: 'name', message: 'must not be blank' },
        { field: 'scores[1].score', message: 'must be between 0 and 20' },
        { field: 'scores', message: 'TARGETS is not scored' },
        { field: 'other', message: 'is odd' },
      ]),
      ['name', 'scores[]'],
    );

    expect(setFields).toHaveBeenCalledWith([
      { name: ['name'], errors: ['must not be blank'] },
      { name: ['scores', 1, 'score'], errors: ['must be between 0 and 20'] },
    ]);
    expect(rest).toEqual(['scores: TARGETS is not scored', 'other: is odd']);
  });

  it('returns the detail of a problem without field errors', () => {
    const form = { setFields: vi.fn() } as unknown as FormInstance;
    const error = new ApiError(403, { type: '/problems/forbidden', title: 'Not allowed', status: 403, detail: 'Not yours' });

    expect(applyFieldErrors(form, error, ['name'])).toEqual(['Not yours']);
  });
});
