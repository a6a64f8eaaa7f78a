import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { PersonName } from '@/components/person-name';
import { catalogueQuery, type ModelView, type VersionView } from '../api/models';

/** 流程模型目录: every process, decision and form with its versions, running instances and who deployed each. */
export function ModelCataloguePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const catalogue = useQuery(catalogueQuery());
  const versionColumns = [
    { title: t('models.version'), dataIndex: 'version', key: 'version', width: 90,
      render: (v: number, row: VersionView) => <Space>{v}{row.latest && <Tag color="green">{t('models.latest')}</Tag>}</Space> },
    { title: t('models.deployedAt'), dataIndex: 'deployedAt', key: 'at', render: (at?: string) => (at ? new Date(at).toLocaleString() : '') },
    { title: t('models.deployedBy'), dataIndex: 'deployedBy', key: 'by', render: (by?: string) => (by ? <PersonName id={by} /> : '') },
    { title: t('models.source'), dataIndex: 'source', key: 'source', render: (s?: string) => (s ? t(`models.source.${s}` as MessageKey) : '') },
    { title: t('models.running'), dataIndex: 'runningInstances', key: 'running', width: 120 },
    { title: t('models.resource'), dataIndex: 'resourceName', key: 'resource' },
  ];
  const columns = [
    { title: t('models.kind'), dataIndex: 'kind', key: 'kind', width: 100, render: (k: string) => t(`models.kind.${k}` as MessageKey) },
    { title: t('models.key'), dataIndex: 'key', key: 'key' },
    { title: t('models.name'), dataIndex: 'name', key: 'name' },
    { title: t('models.latestVersion'), dataIndex: 'latestVersion', key: 'latest', width: 110 },
    { title: t('models.running'), dataIndex: 'runningInstances', key: 'running', width: 120 },
  ];
  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('models.title')}</Typography.Title>}
      extra={<Button type="primary" data-testid="models-deploy" onClick={() => navigate('/admin/models/deploy')}>{t('models.deploy')}</Button>}
    >
      <Table<ModelView>
        rowKey={(m) => `${m.kind}:${m.key}`}
        loading={catalogue.isLoading}
        dataSource={catalogue.data?.models ?? []}
        columns={columns}
        pagination={{ pageSize: 50 }}
        expandable={{
          expandedRowRender: (m) => (
            <Table<VersionView> rowKey="id" size="small" pagination={false} dataSource={m.versions} columns={versionColumns}
              data-testid={`model-versions-${m.key}`} />
          ),
        }}
        data-testid="model-catalogue"
      />
    </Card>
  );
}
