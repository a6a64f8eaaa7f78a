import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { renderAt } from '@/test/render';
import { BulkApproveDialog } from './BulkApproveDialog';

const item = (taskId: string, ok: boolean, reason?: string) => ({
  taskId, taskName: '审核事前绩效评估', about: `（${taskId.toUpperCase()} 营养改善计划）`, ok, outcome: ok ? '予以支持' : undefined, reason,
});

describe('BulkApproveDialog', () => {
  it('approves only what the preview allows, in steps, and reports each task', async () => {
    const ids = ['t1', 't2', 't3', 't4', 't5', 't6', 't7'];
    const batches: string[][] = [];
    let opinion: unknown;
    server.use(
      http.post('*/api/tasks/bulk-preview', () => HttpResponse.json(ids.map((id) => (id === 't3' ? item(id, false, '您提交的事项不能由您审批') : item(id, true))))),
      http.post('*/api/tasks/bulk-approve', async ({ request }) => {
        const body = (await request.json()) as { taskIds: string[]; opinion: string };
        batches.push(body.taskIds);
        opinion = body.opinion;
        // t6 was finished by a colleague after the preview: it comes back without its item.
        return HttpResponse.json(body.taskIds.map((id) => (id === 't6'
          ? { taskId: id, ok: false, reason: '该待办已办结' }
          : item(id, true))));
      }),
    );
    renderAt(<BulkApproveDialog taskIds={ids} open onClose={() => {}} />);

    expect(await screen.findByText('6 项将审批通过，1 项不能办理（见下表原因）')).toBeInTheDocument();
    expect(screen.getByText('您提交的事项不能由您审批')).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: /审批通过 6 项/ });
    expect(confirm).toBeDisabled();
    await userEvent.type(screen.getByLabelText('意见'), '同意');
    await userEvent.click(confirm);

    expect(await screen.findByText('完成：成功 5 项，未办理 2 项')).toBeInTheDocument();
    // The refused task was never sent; the rest went five at a time.
    expect(batches).toEqual([['t1', 't2', 't4', 't5', 't6'], ['t7']]);
    expect(opinion).toBe('同意');
    const row = screen.getByText('T6 营养改善计划').closest('tr')!;
    expect(within(row).getByText('该待办已办结')).toBeInTheDocument();
  });
});
