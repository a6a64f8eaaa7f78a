import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, InputNumber, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { applyFieldErrors } from '@/lib/form-errors';
import { formatAmount, formatTime } from '@/lib/format';
import { hasRole, useMe } from '@/lib/auth';
import { GradeTag } from '@/components/grade-tag';
import { useDraw, useKeySettings, useSelection, type KeySelectionView } from '../api/key-evaluation';
import { PersonName } from '@/components/person-name';

type Row = KeySelectionView['items'][number];

/** The draw of a fiscal year's key evaluations: major items and a seeded sample, and where each stands. */
export function KeyEvaluationPage() {
  const { t, locale } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  const me = useMe();
  const settings = useKeySettings();
  const selection = useSelection(year);
  const draw = useDraw();
  const [form] = Form.useForm<{ sampleRate?: number; seed?: number }>();
  const [general, setGeneral] = useState<string[]>([]);
  const draws = hasRole(me.data, 'finance-performance');
  const s = selection.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('key.pageTitle')}</Typography.Title>}
        extra={<span>{t('items.fiscalYear')} <InputNumber aria-label={t('items.fiscalYear')} value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} /></span>}>
        {settings.data && (
          <Typography.Paragraph type="secondary">
            {t('key.rule', {
              amount: formatAmount(settings.data.majorAmount, locale),
              rate: `${Math.round(settings.data.sampleRate * 100)}%`,
            })}
          </Typography.Paragraph>
        )}
        {s === null && draws && (
          <Form form={form} layout="inline" aria-label={t('key.draw')}
            initialValues={{ sampleRate: settings.data?.sampleRate }}
            onFinish={(v) => {
              setGeneral([]);
              draw.mutate({ fiscalYear: year, sampleRate: v.sampleRate, seed: v.seed ?? undefined }, {
                onError: (e) => setGeneral(applyFieldErrors(form, e, ['sampleRate', 'seed'])),
              });
            }}>
            <Form.Item name="sampleRate" label={t('key.sampleRate')}><InputNumber min={0} max={1} step={0.05} precision={4} /></Form.Item>
            <Form.Item name="seed" label={t('key.seed')} extra={t('key.seedHint')}><InputNumber min={0} precision={0} style={{ width: 200 }} /></Form.Item>
            <Button type="primary" htmlType="submit" loading={draw.isPending}>{t('key.draw')}</Button>
          </Form>
        )}
        {general.length > 0 && <Alert type="error" showIcon role="alert" message={general.join('；')} style={{ marginTop: 12 }} />}
        {s === null && !draws && <Typography.Text type="secondary">{t('key.notDrawnYet')}</Typography.Text>}
        {s && (
          <>
            <Space size="large" wrap style={{ marginBottom: 12 }}>
              <Statistic title={t('key.candidates')} value={s.candidates} />
              <Statistic title={t('key.majorCount')} value={s.majorCount} />
              <Statistic title={t('key.sampledCount')} value={s.sampledCount} />
            </Space>
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('key.seed')}><Typography.Text copyable data-testid="key-seed">{String(s.seed)}</Typography.Text></Descriptions.Item>
              <Descriptions.Item label={t('key.sampleRate')}>{s.sampleRate}</Descriptions.Item>
              <Descriptions.Item label={t('key.majorAmount')}>{formatAmount(s.majorAmount, locale)}</Descriptions.Item>
              <Descriptions.Item label={t('key.drawnBy')}><PersonName id={s.drawnBy} /> · {formatTime(s.drawnAt)}</Descriptions.Item>
              <Descriptions.Item label={t('key.reproducible')}>
                {s.reproducible ? <Tag color="green">{t('key.reproducibleYes')}</Tag> : <Tag color="red">{t('key.reproducibleNo')}</Tag>}
              </Descriptions.Item>
            </Descriptions>
          </>
        )}
      </Card>
      {s && (
        <Card>
          <Table<Row>
            rowKey="itemCode"
            size="small"
            dataSource={s.items}
            pagination={{ pageSize: 50 }}
            columns={[
              { title: t('items.code'), dataIndex: 'itemCode', width: 130, render: (c: string) => <Link to={`/items/${c}`}>{c}</Link> },
              { title: t('items.name'), dataIndex: 'itemName', ellipsis: true },
              { title: t('items.department'), dataIndex: 'departmentName', width: 160 },
              { title: t('key.approvedAmount'), dataIndex: 'approvedAmount', width: 140, align: 'right', render: (v: number) => formatAmount(v, locale) },
              { title: t('key.reason'), dataIndex: 'reason', width: 110, render: (r: Row['reason']) => <Tag color={r === 'MAJOR' ? 'volcano' : 'blue'}>{t(`enum.keyReason.${r}`)}</Tag> },
              { title: t('items.status'), dataIndex: 'status', width: 120, render: (v: Row['status']) => <Tag>{t(`enum.keyStatus.${v}`)}</Tag> },
              { title: t('key.evaluator'), dataIndex: 'thirdPartyName', width: 180, render: (v?: string) => v ?? '—' },
              { title: t('evaluation.total'), dataIndex: 'totalScore', width: 80 },
              { title: t('target.grade'), dataIndex: 'grade', width: 80, render: (g?: Row['grade']) => <GradeTag grade={g} /> },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
