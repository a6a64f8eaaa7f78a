import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { renderAt } from '@/test/render';
import { ItemTimeline } from './ItemTimeline';

const base = {
  processKey: 'ExAnteAssessmentProcess',
  processInstanceId: 'pi-1',
  stage: 'ASSESSMENT',
  actions: [],
  comments: [],
  attachments: [],
  urges: [],
};

describe('ItemTimeline', () => {
  it('tells who did each step, what they decided, what happened on it and who holds the open one', async () => {
    server.use(
      http.get('*/api/items/XM2053-0001/timeline', () =>
        HttpResponse.json({
          itemCode: 'XM2053-0001',
          tasks: [
            {
              ...base, taskId: 't1', taskKey: 'Task_FillAssessment', taskName: '填报事前绩效评估', state: 'COMPLETED',
              createdAt: '2053-01-05T01:00:00Z', endedAt: '2053-01-06T02:00:00Z', actor: 'edu', actorName: '张教育',
              attachments: [{ id: 7, fileName: '测算依据.pdf', contentType: 'application/pdf', size: 10, sha256: 'x', uploadedBy: 'edu', uploadedByName: '张教育', uploadedAt: '2053-01-05T03:00:00Z' }],
            },
            {
              ...base, taskId: 't2', taskKey: 'Task_ReviewAssessment', taskName: '审核事前绩效评估', state: 'COMPLETED',
              createdAt: '2053-01-06T02:00:00Z', endedAt: '2053-01-07T02:00:00Z', actor: 'perf2', actorName: '马绩效',
              onBehalfOf: 'perf', onBehalfOfName: '王绩效', decision: 'SUPPORTED', opinion: '同意，予以支持。',
              comments: [{ id: 3, taskId: 't2', taskName: '审核事前绩效评估', author: 'perf2', authorName: '马绩效', body: '测算依据充分。', at: '2053-01-06T05:00:00Z' }],
            },
            {
              ...base, taskId: 't3', taskKey: 'Task_FillTargetSheet', taskName: '填报绩效目标', stage: 'TARGET_COMPILATION',
              processKey: 'TargetCompilationProcess', state: 'OPEN', createdAt: '2053-01-07T02:00:00Z', holder: '盟教育局',
              urges: [{ urgedBy: 'perf', urgedByName: '王绩效', note: '请尽快填报', at: '2053-01-08T02:00:00Z' }],
            },
          ],
        }),
      ),
    );
    renderAt(<ItemTimeline code="XM2053-0001" />);

    const entries = await screen.findAllByTestId('timeline-task');
    expect(entries).toHaveLength(3);
    expect(entries[0]).toHaveTextContent('张教育');
    expect(within(entries[0]).getByRole('link', { name: '测算依据.pdf' })).toHaveAttribute('href', '/api/task-attachments/7');
    expect(entries[1]).toHaveTextContent('马绩效');
    expect(entries[1]).toHaveTextContent('代 王绩效');
    expect(entries[1]).toHaveTextContent('予以支持');
    expect(entries[1]).toHaveTextContent('同意，予以支持。');
    expect(entries[1]).toHaveTextContent('测算依据充分。');
    expect(entries[2]).toHaveTextContent('待 盟教育局 办理');
    expect(entries[2]).toHaveTextContent('绩效目标管理');
    expect(entries[2]).toHaveTextContent('请尽快填报');
  });
});
