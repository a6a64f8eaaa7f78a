import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/**
 * Tests add the handlers they need with server.use(...); unknown requests fail the test. The one
 * default: display names (/api/names), which every page showing a person asks for, answer each id
 * as itself unless a test says otherwise.
 */
export const server = setupServer(
  http.get('*/api/names', ({ request }) => {
    const ids = new URL(request.url).searchParams.getAll('ids');
    return HttpResponse.json(Object.fromEntries(ids.map((id) => [id, id])));
  }),
);
