import { Form, Input } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';

/** A required free-text field of a task form (an opinion, a reason, a report), with its length shown. */
export function RequiredText({ name, label, rows = 3, max = 2000 }: { name: string; label: MessageKey; rows?: number; max?: number }) {
  const { t } = useI18n();
  return (
    <Form.Item name={name} label={t(label)} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
      <Input.TextArea rows={rows} maxLength={max} showCount />
    </Form.Item>
  );
}
