import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import { applyFieldErrors } from '@/lib/form-errors';
import { useChangePassword, type PasswordChange } from '../api/change-password';

type Values = PasswordChange & { confirm: string };

/**
 * Changing one's password: forced at the first login, after an administrator set it and when it
 * expired (reason given), or by choice. The server checks the rules and says which one failed.
 */
export function ChangePasswordForm({ reason, onDone }: { reason?: 'FIRST_LOGIN' | 'EXPIRED'; onDone?: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [general, setGeneral] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const change = useChangePassword();

  return (
    <Card className="password-card" title={t('password.title')} style={{ maxWidth: 480, margin: '24px auto' }}>
      {reason && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t(`password.reason.${reason}`)} />}
      {done && <Alert type="success" showIcon style={{ marginBottom: 16 }} message={t('password.changed')} />}
      {general.length > 0 && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={general.join('；')} />}
      <Typography.Paragraph type="secondary">{t('password.rules')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        aria-label={t('password.title')}
        onFinish={({ confirm: _confirm, ...body }) => {
          setGeneral([]);
          change.mutate(body, {
            onSuccess: () => {
              form.resetFields();
              setDone(true);
              onDone?.();
            },
            onError: (e) => setGeneral(applyFieldErrors(form, e, ['currentPassword', 'newPassword'])),
          });
        }}
      >
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('password.new')} rules={[{ required: true, message: t('common.required') }, { min: 8, message: t('password.tooShort') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending} block>{t('password.submit')}</Button>
      </Form>
    </Card>
  );
}
