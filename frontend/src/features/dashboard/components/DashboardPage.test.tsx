import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { renderAt } from '@/test/render';
import DashboardPage from './DashboardPage';

// ECharts draws nothing in jsdom; the charts are stood in for, their figures and clicks are real.
vi.mock('echarts-for-react/lib/core', () => ({ default: () => <div data-testid="echart" /> }));

const figures = {
  fiscalYear: 2053,
  items: 4,
  stages: [
    { stage: 'ASSESSMENT', items: 1, active: 1, stopped: 0 },
    { stage: 'TARGET_COMPILATION', items: 0, active: 0, stopped: 0 },
    { stage: 'MONITORING', items: 0, active: 0, stopped: 0 },
    { stage: 'EVALUATION', items: 1, active: 1, stopped: 0 },
    { stage: 'RESULT_APPLICATION', items: 1, active: 1, stopped: 0 },
    { stage: 'CLOSED', items: 1, active: 0, stopped: 1 },
  ],
  overdue: [{ key: 'edu', name: '盟教育局', items: 1 }],
  lights: [
    { key: 'RED', items: 0 }, { key: 'YELLOW', items: 0 }, { key: 'GREEN', items: 2 }, { key: 'NO_BUDGET', items: 0 }, { key: 'NONE', items: 0 },
  ],
  grades: [{ key: 'EXCELLENT', name: '优', items: 1 }, { key: 'GOOD', name: '良', items: 0 }, { key: 'FAIR', name: '中', items: 0 }, { key: 'POOR', name: '差', items: 0 }],
  funds: [{ key: 'SUSPEND', items: 1, amount: 500000 }, { key: 'STOP', items: 0, amount: 0 }, { key: 'RECOVER', items: 1, amount: 500000 }, { key: 'CUT', items: 0, amount: 0 }],
  coverage: [{ key: 'SUBMITTED', items: 1 }, { key: 'OVERDUE', items: 0 }, { key: 'PENDING', items: 1 }],
  days: [
    { stage: 'ASSESSMENT', finished: 3, averageDays: 2.5, running: 1, averageRunningDays: 1 },
    { stage: 'TARGET_COMPILATION', finished: 2, averageDays: 4, running: 0 },
    { stage: 'MONITORING', finished: 0, running: 0 },
    { stage: 'EVALUATION', finished: 0, running: 0 },
    { stage: 'RESULT_APPLICATION', finished: 0, running: 0 },
  ],
};

describe('DashboardPage', () => {
  it('shows the year’s figures and lists the items behind one when it is picked', async () => {
    let asked = '';
    server.use(
      http.get('*/api/tracking/dashboard', () => HttpResponse.json(figures)),
      http.get('*/api/tracking/dashboard/items', ({ request }) => {
        asked = new URL(request.url).search;
        return HttpResponse.json({
          content: [{ code: 'XM2053-0003', name: '校舍维修', departmentName: '盟教育局', stage: 'EVALUATION', status: 'ACTIVE', warningLight: 'GREEN', amount: 1000000 }],
          totalElements: 1, page: 0, size: 10,
        });
      }),
    );
    renderAt(<DashboardPage />, { path: '/tracking/dashboard', route: '/tracking/dashboard?fiscalYear=2053' });

    expect(await screen.findByText('共 4 个项目')).toBeInTheDocument();
    expect(screen.getAllByTestId('echart').length).toBeGreaterThanOrEqual(5);
    expect(screen.getByTestId('figures-FUNDS')).toHaveTextContent('暂缓拨款 1 项 500,000.00 元');
    expect(screen.getByTestId('figures-DAYS')).toHaveTextContent('事前绩效评估 2.5 天');
    expect(screen.getByTestId('figures-OVERDUE')).toHaveTextContent('盟教育局 1');

    await userEvent.click(screen.getByRole('button', { name: '绿灯 2' }));
    expect(await screen.findByRole('link', { name: '校舍维修' })).toHaveAttribute('href', '/items/XM2053-0003');
    expect(asked).toContain('chart=LIGHT');
    expect(asked).toContain('key=GREEN');
  });
});
