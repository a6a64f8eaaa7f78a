import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { renderAt } from '@/test/render';
import type { TaskFormProps } from '@/lib/task-form';
import { AssessmentFillForm } from './AssessmentFillForm';

const DIMENSIONS = [
  { code: 'NECESSITY', name: '立项必要性', nameEn: 'Necessity', maxScore: 20 },
  { code: 'ECONOMY', name: '投入经济性', nameEn: 'Economy', maxScore: 20 },
];

const props: TaskFormProps = {
  task: { id: 't1', name: '填报事前绩效评估', taskKey: 'Task_FillAssessment', formKey: 'app:assessment/fill', created: '2026-11-29T10:00:00Z', candidateGroups: ['org-edu'], itemCode: 'XM2027-0001', processKey: 'P', stage: 'ASSESSMENT', holder: '盟教育局', readOnly: false, overdue: false, priority: 50, delegated: false, urgeCount: 0 },
  item: {
    code: 'XM2027-0001', name: '营养改善计划', kind: 'PROJECT', divisionCode: '152500', divisionName: '锡林郭勒盟本级', fiscalYear: 2027,
    budgetType: 'GENERAL_PUBLIC', departmentCode: 'edu', departmentName: '盟教育局', amount: 100, continuity: 'NEW',
    capitalConstruction: false, expiring: false, keyMonitoring: false, stage: 'ASSESSMENT', status: 'ACTIVE', createdBy: 'edu', createdAt: '2026-11-29T10:00:00Z', updatedAt: '2026-11-29T10:00:00Z',
  },
  onCompleted: () => {},
};

function serve(submit: (body: unknown) => Response) {
  server.use(
    http.get('*/api/assessment-dimensions', () => HttpResponse.json(DIMENSIONS)),
    http.get('*/api/items/XM2027-0001/assessments', () => HttpResponse.json([])),
    http.post('*/api/tasks/t1/assessment', async ({ request }) => submit(await request.json())),
  );
}

describe('AssessmentFillForm', () => {
  it('adds up the total while scores are typed', async () => {
    serve(() => HttpResponse.json({ round: 1, totalScore: 0 }, { status: 201 }));
    renderAt(<AssessmentFillForm {...props} />);
    await userEvent.type(await screen.findByLabelText('得分 NECESSITY'), '18');
    await userEvent.type(screen.getByLabelText('得分 ECONOMY'), '16.5');

    await waitFor(() => expect(screen.getByTestId('assessment-total')).toHaveTextContent('34.50'));
  });

  it('puts the server validation messages on the score fields', async () => {
    let sent: unknown;
    serve((body) => {
      sent = body;
      return HttpResponse.json(
        { type: '/problems/validation', title: 'Invalid request', status: 400, errors: [{ field: 'scores[1].score', message: 'must be between 0 and 20' }] },
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      );
    });
    renderAt(<AssessmentFillForm {...props} />);

    await userEvent.type(await screen.findByLabelText('得分 NECESSITY'), '18');
    await userEvent.type(screen.getByLabelText('得分 ECONOMY'), '16');
    await userEvent.click(screen.getByLabelText('予以支持'));
    await userEvent.type(screen.getByLabelText('评估报告摘要'), '项目必要');
    await userEvent.click(screen.getByRole('button', { name: /提\s*交/ }));

    expect(await screen.findByText('must be between 0 and 20')).toBeInTheDocument();
    expect(sent).toEqual({
      scores: [{ dimension: 'NECESSITY', score: 18 }, { dimension: 'ECONOMY', score: 16 }],
      conclusion: 'SUPPORTED',
      summary: '项目必要',
    });
    const form = screen.getByRole('form', { name: '填报事前绩效评估' });
    expect(within(form).getAllByRole('row').length).toBeGreaterThan(2);
  });

  it('refuses scores out of range at the field and keeps them as typed', async () => {
    let posted = false;
    serve(() => {
      posted = true;
      return HttpResponse.json({ round: 1, totalScore: 0 }, { status: 201 });
    });
    renderAt(<AssessmentFillForm {...props} />);

    const necessity = await screen.findByLabelText('得分 NECESSITY');
    await userEvent.type(necessity, '25');
    await userEvent.type(screen.getByLabelText('得分 ECONOMY'), '-5');
    await userEvent.click(screen.getByLabelText('予以支持'));
    await userEvent.type(screen.getByLabelText('评估报告摘要'), '项目必要');
    await userEvent.click(screen.getByRole('button', { name: /提\s*交/ }));

    expect(await screen.findAllByText('须在 0 至 20 之间')).toHaveLength(2);
    expect(necessity).toHaveValue('25.00');
    expect(screen.getByLabelText('得分 ECONOMY')).toHaveValue('-5.00');
    expect(posted).toBe(false);
  });
});
