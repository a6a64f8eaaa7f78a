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
    new ApiError(400, {
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'x',
      errors: errors.map((e) => ({ ...e, code: 'x.y' })),
    });

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
    expect(rest).toEqual(['TARGETS is not scored', 'is odd']);
  });

  it('names an unplaced error by the form label, never by its JSON path', () => {
    const form = { setFields: vi.fn() } as unknown as FormInstance;

    const rest = applyFieldErrors(
      form,
      problem([
        { field: 'indicators', message: '缺少满意度指标' },
        { field: 'rows[3].score', message: '得分须在 0 至 20 之间' },
      ]),
      ['name'],
      { indicators: '绩效指标', rows: '评分表' },
    );

    expect(rest).toEqual(['绩效指标：缺少满意度指标', '评分表：得分须在 0 至 20 之间']);
    expect(rest.join()).not.toMatch(/rows\[|indicators:/);
  });

  it('returns the detail of a problem without field errors', () => {
    const form = { setFields: vi.fn() } as unknown as FormInstance;
    const error = new ApiError(403, { type: '/problems/forbidden', title: 'Not allowed', status: 403, detail: 'Not yours' });

    expect(applyFieldErrors(form, error, ['name'])).toEqual(['Not yours']);
  });
});
