import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Select, Skeleton } from 'antd';
import { useI18n } from '@/lib/i18n';
import { applyFieldErrors } from '@/lib/form-errors';
import { DecisionTag } from '@/components/stage-tag';
import { enabledOrgs, useOrgs } from '@/lib/orgs';
import type { TaskFormProps } from '@/lib/task-form';
import { useAssessments } from '../api/get-assessments';
import { useReviewAssessment, type ReviewForm } from '../api/submit-assessment';
import { ScoreTable } from './AssessmentHistory';

const DECISIONS = ['SUPPORTED', 'ADJUST', 'NOT_SUPPORTED', 'COMMISSION_THIRD_PARTY'] as const;

/** Finance decides 予以支持 / 调整后支持 / 不予支持 on the latest assessment round, with an opinion. */
export function AssessmentReviewForm({ task, item, onCompleted }: TaskFormProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<ReviewForm>();
  const [general, setGeneral] = useState<string[]>([]);
  const history = useAssessments(item.code);
  const review = useReviewAssessment(task.id);
  const latest = history.data?.at(-1);
  const orgs = useOrgs();
  const decision = Form.useWatch('decision', form);

  if (history.isLoading) {
    return <Skeleton active />;
  }

  const onFinish = (values: ReviewForm) => {
    setGeneral([]);
    review.mutate(values, {
      onSuccess: onCompleted,
      onError: (error) => setGeneral(applyFieldErrors(form, error, ['decision', 'opinion', 'thirdPartyCode'])),
    });
  };

  return (
    <>
      {latest && (
        <Card size="small" title={`${t('assessment.latest')} · ${t('assessment.round', { round: latest.round })}`} style={{ marginBottom: 16 }}>
          <ScoreTable assessment={latest} />
          <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('assessment.conclusion')}><DecisionTag decision={latest.conclusion} /></Descriptions.Item>
            <Descriptions.Item label={t('assessment.summary')}>{latest.summary}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <Form<ReviewForm> form={form} layout="vertical" onFinish={onFinish} aria-label={t('assessment.reviewTitle')}>
        {general.length > 0 && <Alert type="error" showIcon message={general.join('；')} style={{ marginBottom: 16 }} />}
        <Form.Item name="decision" label={t('assessment.decision')} rules={[{ required: true, message: t('common.required') }]}>
          <Radio.Group role="radiogroup" optionType="button" buttonStyle="solid"
            options={DECISIONS.map((d) => ({ value: d, label: t(`enum.decision.${d}`) }))} />
        </Form.Item>
        {decision === 'COMMISSION_THIRD_PARTY' && (
          <Form.Item name="thirdPartyCode" label={t('assessment.thirdParty')} rules={[{ required: true, message: t('common.required') }]}>
            <Select style={{ maxWidth: 360 }}
              options={enabledOrgs(orgs.data).filter((o) => o.kind === 'THIRD_PARTY').map((o) => ({ value: o.code, label: o.name }))} />
          </Form.Item>
        )}
        <Form.Item name="opinion" label={t('assessment.opinion')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={review.isPending}>{t('common.submit')}</Button>
      </Form>
    </>
  );
}
