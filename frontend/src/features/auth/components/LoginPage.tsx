import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { LanguageSwitch } from '@/components/language-switch';
import { ApiError } from '@/lib/api-client';
import { useLogin, type LoginRequest } from '../api/login';

export function LoginPage() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const loginMutation = useLogin();
  const next = new URLSearchParams(location.search).get('next');
  const expired = new URLSearchParams(location.search).get('expired') === '1';

  const failure = (error: unknown) => {
    if (error instanceof ApiError && error.status === 429) {
      const until = (error.problem as { lockedUntil?: string }).lockedUntil;
      return t('login.locked', { time: until ? new Date(until).toLocaleTimeString(locale === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit' }) : '' });
    }
    if (error instanceof ApiError && error.status === 503) {
      return t('login.unavailable');
    }
    return t('login.failed');
  };

  const onFinish = (values: LoginRequest) =>
    loginMutation.mutate(values, {
      onSuccess: () => navigate(next && next.startsWith('/') ? next : '/tasks', { replace: true }),
    });

  return (
    <div className="login-page">
      <Card className="login-card">
        <div className="login-header">
          <Typography.Title level={3}>{t('app.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
        </div>
        {expired && !loginMutation.isError && <Alert type="info" showIcon message={t('login.expired')} />}
        {loginMutation.isError && <Alert type="error" showIcon message={failure(loginMutation.error)} role="alert" />}
        <Form<LoginRequest> layout="vertical" onFinish={onFinish} requiredMark={false} className="login-form">
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('common.required') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('common.required') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loginMutation.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
        <div className="login-footer">
          <LanguageSwitch />
        </div>
      </Card>
    </div>
  );
}
