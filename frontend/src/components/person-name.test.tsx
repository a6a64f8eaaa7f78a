import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { renderAt } from '@/test/render';
import { PersonName } from '@/components/person-name';

describe('display names', () => {
  it('shows people and organisations by name, asking for all ids of a page at once', async () => {
    const requests: string[][] = [];
    server.use(
      http.get('*/api/names', ({ request }) => {
        const ids = new URL(request.url).searchParams.getAll('ids');
        requests.push(ids);
        const names: Record<string, string> = { perf: '王绩效', 'org-health-hospital': '盟中心医院' };
        return HttpResponse.json(Object.fromEntries(ids.map((id) => [id, names[id] ?? id])));
      }),
    );

    renderAt(
      <>
        <PersonName id="perf" />
        <PersonName id="org-health-hospital" />
        <PersonName id="perf" />
      </>,
    );

    expect(await screen.findAllByText('王绩效')).toHaveLength(2);
    expect(await screen.findByText('盟中心医院')).toHaveAttribute('title', 'org-health-hospital');
    expect(screen.queryByText('perf')).not.toBeInTheDocument();
    expect(requests).toEqual([['perf', 'org-health-hospital']]);
  });
});
