import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { renderAt } from '@/test/render';
import { LoginPage } from './LoginPage';

describe('LoginPage', () => {
  it('shows the failure in Chinese when the password is wrong', async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        HttpResponse.json({ type: '/problems/bad-credentials', title: 'Wrong user name or password', status: 401 }, { status: 401, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    renderAt(<LoginPage />, { path: '/login', route: '/login' });

    await userEvent.type(screen.getByLabelText('用户名'), 'perf');
    await userEvent.type(screen.getByLabelText('密码'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误');
    expect(screen.queryByTestId('navigated')).not.toBeInTheDocument();
  });

  it('sends the CSRF cookie as a header and goes to the inbox', async () => {
    document.cookie = 'BPM-XSRF-TOKEN=token-123';
    let header: string | null = null;
    server.use(
      http.post('*/api/auth/login', ({ request }) => {
        header = request.headers.get('X-BPM-XSRF-TOKEN');
        return HttpResponse.json({ id: 'perf', displayName: '王绩效', roles: ['finance-performance'], orgCode: 'fin' });
      }),
    );
    renderAt(<LoginPage />, { path: '/login', route: '/login' });

    await userEvent.type(screen.getByLabelText('用户名'), 'perf');
    await userEvent.type(screen.getByLabelText('密码'), 'demo123');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));

    await waitFor(() => expect(screen.getByTestId('navigated')).toBeInTheDocument());
    expect(header).toBe('token-123');
  });

  it('says the login is locked for a while after too many failures', async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        HttpResponse.json({ type: '/problems/login-locked', title: 'Too many failed logins', status: 429, lockedUntil: '2030-01-01T08:15:00Z' }, { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '900' } }),
      ),
    );
    renderAt(<LoginPage />, { path: '/login', route: '/login' });

    await userEvent.type(screen.getByLabelText('用户名'), 'perf');
    await userEvent.type(screen.getByLabelText('密码'), 'guess');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('暂时锁定');
  });

  it('speaks English after the switch', async () => {
    renderAt(<LoginPage />, { path: '/login', route: '/login', locale: 'en' });
    expect(screen.getByLabelText('User name')).toBeInTheDocument();
  });
});
