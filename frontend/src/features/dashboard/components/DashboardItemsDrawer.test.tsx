import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { renderAt } from '@/test/render';
import { DashboardItemsDrawer } from './DashboardItemsDrawer';

describe('DashboardItemsDrawer', () => {
  it('lists the items behind the clicked figure, each linking to its page', async () => {
    let asked = '';
    server.use(
      http.get('*/api/tracking/dashboard/items', ({ request }) => {
        asked = new URL(request.url).search;
        return HttpResponse.json({
          content: [{
            code: 'XM2053-0007', name: '牧区学校校舍维修改造', departmentName: '盟教育局', stage: 'MONITORING',
            status: 'ACTIVE', warningLight: 'RED', amount: 1000000, approvedAmount: 900000,
          }],
          totalElements: 1,
          page: 0,
          size: 10,
        });
      }),
    );
    renderAt(<DashboardItemsDrawer fiscalYear={2053} selection={{ chart: 'LIGHT', key: 'RED', label: '红灯' }} onClose={() => undefined} />);

    expect(await screen.findByRole('link', { name: '牧区学校校舍维修改造' })).toHaveAttribute('href', '/items/XM2053-0007');
    expect(screen.getByText('预警灯分布 · 红灯')).toBeInTheDocument();
    expect(screen.getByText('900,000.00')).toBeInTheDocument();
    expect(asked).toContain('chart=LIGHT');
    expect(asked).toContain('key=RED');
    expect(asked).toContain('fiscalYear=2053');
  });
});
