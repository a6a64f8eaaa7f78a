import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { renderAt } from '@/test/render';
import type { TaskFormProps } from '@/lib/task-form';
import { TargetFillForm } from './TargetFillForm';

const CATEGORIES = [
  { code: 'OUTPUT', level: 1, name: '产出指标', nameEn: 'Output' },
  { code: 'BENEFIT', level: 1, name: '效益指标', nameEn: 'Benefit' },
  { code: 'SATISFACTION', level: 1, name: '满意度指标', nameEn: 'Satisfaction' },
  { code: 'QUANTITY', parentCode: 'OUTPUT', level: 2, name: '数量指标', nameEn: 'Quantity' },
];

const SHEET = {
  id: 5, version: 1, status: 'DRAFT', createdBy: 'system', createdAt: '2026-11-29T10:00:00Z', reviews: [],
  indicators: [
    { level1: 'OUTPUT', level2: 'QUANTITY', name: '受益人数', comparator: 'GE', targetValue: 5000, unit: '人', weight: 40 },
    { level1: 'SATISFACTION', level2: 'SERVICE_SATISFACTION', name: '服务对象满意度', comparator: 'GE', targetValue: 90, unit: '%', weight: 10 },
  ],
};

const props: TaskFormProps = {
  task: { id: 't9', name: '填报绩效目标', taskKey: 'Task_FillTargets', formKey: 'app:target/fill', created: '2026-11-29T10:00:00Z', candidateGroups: ['org-edu'], itemCode: 'XM2027-0001', processKey: 'P', stage: 'ASSESSMENT', holder: '盟教育局', readOnly: false, overdue: false, priority: 50, delegated: false, urgeCount: 0 },
  item: {
    code: 'XM2027-0001', name: '营养改善计划', kind: 'PROJECT', divisionCode: '152500', divisionName: '锡林郭勒盟本级', fiscalYear: 2027,
    budgetType: 'GENERAL_PUBLIC', departmentCode: 'edu', departmentName: '盟教育局', amount: 100, continuity: 'NEW', expiring: false,
    capitalConstruction: false, keyMonitoring: false, stage: 'TARGET_COMPILATION', status: 'ACTIVE', createdBy: 'edu', createdAt: '2026-11-29T10:00:00Z', updatedAt: '2026-11-29T10:00:00Z',
  },
  onCompleted: () => {},
};

function serve(submit: (body: unknown) => Response) {
  server.use(
    http.get('*/api/tasks/t9/target-sheet', () => HttpResponse.json(SHEET)),
    http.get('*/api/items/XM2027-0001/target-sheets', () => HttpResponse.json([SHEET])),
    http.get('*/api/indicator-categories', () => HttpResponse.json(CATEGORIES)),
    http.get('*/api/weight-template', () => HttpResponse.json({ executionWeight: 10, outputWeight: 50, benefitWeight: 30, satisfactionWeight: 10 })),
    http.post('*/api/tasks/t9/target-sheet', async ({ request }) => submit(await request.json())),
  );
}

describe('TargetFillForm', () => {
  it('shows the weight of each category against the template while weights are typed', async () => {
    serve(() => HttpResponse.json(SHEET));
    renderAt(<TargetFillForm {...props} />);

    expect(await screen.findByTestId('weight-summary')).toHaveTextContent('产出 40/50，效益 0/30，满意度 10/10');
    const weight = screen.getByLabelText('权重 1');
    await userEvent.clear(weight);
    await userEvent.type(weight, '50');

    await waitFor(() => expect(screen.getByTestId('weight-summary')).toHaveTextContent('产出 50/50'));
  });

  it('puts row errors on their cells and sheet-wide errors in an alert', async () => {
    let sent: { indicators: unknown[] } | undefined;
    serve((body) => {
      sent = body as { indicators: unknown[] };
      return HttpResponse.json(
        {
          type: '/problems/validation', title: 'Invalid request', status: 400,
          errors: [
            { field: 'indicators[0].targetValue', message: '定量指标须填写数值' },
            { field: 'indicators', message: '缺少效益指标' },
          ],
        },
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      );
    });
    renderAt(<TargetFillForm {...props} />);

    await userEvent.click(await screen.findByRole('button', { name: '提交' }));

    expect(await screen.findByText('定量指标须填写数值')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('缺少效益指标');
    expect(sent?.indicators).toHaveLength(2);
  });
});
