import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/test/server';
import { renderAt } from '@/test/render';
import { ChangePasswordForm } from './ChangePasswordForm';

describe('ChangePasswordForm', () => {
  it('says why the change is due and puts the rule that failed on the field', async () => {
    let sent: unknown;
    server.use(
      http.post('*/api/auth/password', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(
          { type: '/problems/validation', title: 'Invalid request', status: 400, errors: [{ field: 'newPassword', message: '不得包含用户名' }] },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    renderAt(<ChangePasswordForm reason="FIRST_LOGIN" />);

    expect(screen.getByText(/首次登录/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('当前密码'), 'Initial#2027');
    await userEvent.type(screen.getByLabelText('新密码'), 'perf#2028Abc');
    await userEvent.type(screen.getByLabelText('确认新密码'), 'perf#2028Abc');
    await userEvent.click(screen.getByRole('button', { name: /确认修改/ }));

    expect(await screen.findByText('不得包含用户名')).toBeInTheDocument();
    expect(sent).toEqual({ currentPassword: 'Initial#2027', newPassword: 'perf#2028Abc' });
  });

  it('does not send two different new passwords', async () => {
    renderAt(<ChangePasswordForm />);
    await userEvent.type(screen.getByLabelText('当前密码'), 'Initial#2027');
    await userEvent.type(screen.getByLabelText('新密码'), 'Better#2028');
    await userEvent.type(screen.getByLabelText('确认新密码'), 'Better#2029');
    await userEvent.click(screen.getByRole('button', { name: /确认修改/ }));

    expect(await screen.findByText('两次输入的新密码不一致')).toBeInTheDocument();
  });
});
