import { lazy, Suspense, useState } from 'react';
import { Badge, Empty, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { formatTime } from '@/lib/format';
import { useItemProcesses, type ItemProcessTrail } from '../api/get-item-processes';
import { useProcessModel } from '../api/get-process-model';

const BpmnDiagram = lazy(() => import('./BpmnDiagram'));

function ProcessDiagram({ code, trail }: { code: string; trail: ItemProcessTrail }) {
  const { t } = useI18n();
  const model = useProcessModel(code, trail.processInstanceId);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Tag color={trail.endedAt ? 'default' : 'processing'}>{t(`items.process.state.${trail.state}` as MessageKey)}</Tag>
        <Typography.Text type="secondary">
          {t('items.process.started', { at: formatTime(trail.startedAt) })}
          {trail.endedAt ? ` · ${t('items.process.ended', { at: formatTime(trail.endedAt) })}` : ''}
        </Typography.Text>
        <Tag color="blue">{t('items.process.legendActive')}</Tag>
        <Tag color="green">{t('items.process.legendDone')}</Tag>
      </Space>
      {model.isLoading || !model.data ? (
        <Skeleton active />
      ) : (
        <Suspense fallback={<Skeleton active />}>
          <BpmnDiagram xml={model.data.xml} active={trail.activeActivityIds} done={trail.doneActivityIds} failedText={t('items.process.failed')} />
        </Suspense>
      )}
    </Space>
  );
}

/**
 * The BPMN diagram of each process the item ran or runs, one tab each (the lifecycle and every
 * stage), opening on the stage that is waiting; the diagrams load only when shown.
 */
export function ProcessDiagrams({ code }: { code: string }) {
  const { t } = useI18n();
  const processes = useItemProcesses(code);
  const trails = processes.data ?? [];
  const running = [...trails].reverse().find((p) => !p.endedAt && p.activeActivityIds.some((id) => !id.startsWith('CallActivity_')));
  const [chosen, setChosen] = useState<string>();
  if (processes.isLoading) {
    return <Skeleton active />;
  }
  if (trails.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('items.process.none')} />;
  }
  const activeKey = chosen ?? running?.processInstanceId ?? trails[trails.length - 1].processInstanceId;
  return (
    <Tabs
      data-testid="process-diagrams"
      activeKey={activeKey}
      onChange={setChosen}
      destroyOnHidden
      items={trails.map((trail) => ({
        key: trail.processInstanceId,
        label: (
          <Badge dot={!trail.endedAt} offset={[6, 0]}>
            {trail.name ?? trail.processKey}
          </Badge>
        ),
        children: <ProcessDiagram code={code} trail={trail} />,
      }))}
    />
  );
}
