import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { api, IDEMPOTENCY_HEADER } from './api-client';
import { IDLE_HEADER } from './activity';

describe('api client', () => {
  it('sends a fresh Idempotency-Key with every POST and none with a GET', async () => {
    const keys: (string | null)[] = [];
    const idle: (string | null)[] = [];
    server.use(
      http.post('*/api/appraisals', ({ request }) => {
        keys.push(request.headers.get(IDEMPOTENCY_HEADER));
        return HttpResponse.json({}, { status: 201 });
      }),
      http.get('*/api/auth/me', ({ request }) => {
        keys.push(request.headers.get(IDEMPOTENCY_HEADER));
        idle.push(request.headers.get(IDLE_HEADER));
        return HttpResponse.json({});
      }),
    );

    await api.POST('/api/appraisals', { body: { fiscalYear: 2030 } });
    await api.POST('/api/appraisals', { body: { fiscalYear: 2030 } });
    await api.GET('/api/auth/me');

    expect(keys[0]).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(keys[1]).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBeNull();
    expect(Number(idle[0])).toBeGreaterThanOrEqual(0);
  });

  it('asks for the server messages in the current language', async () => {
    const languages: (string | null)[] = [];
    server.use(
      http.get('*/api/auth/me', ({ request }) => {
        languages.push(request.headers.get('Accept-Language'));
        return HttpResponse.json({});
      }),
    );

    localStorage.removeItem('bpm.locale');
    await api.GET('/api/auth/me');
    localStorage.setItem('bpm.locale', 'en');
    await api.GET('/api/auth/me');
    localStorage.removeItem('bpm.locale');

    expect(languages).toEqual(['zh-CN', 'en']);
  });
});
