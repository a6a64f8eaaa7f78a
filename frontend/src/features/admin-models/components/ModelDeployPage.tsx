import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Descriptions, Space, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { ApiError } from '@/lib/api-client';
import { catalogueQuery, deployModels, validateModels, type FileChanges, type ProblemView, type ValidationView } from '../api/models';

type ElementChange = FileChanges['elements'][number];
type DecisionChange = FileChanges['decisions'][number];
type RuleChange = DecisionChange['rules'][number];

/**
 * 部署模型: pick files (or the packaged processes/), validate, read the problems or what changes
 * (BPMN elements; DMN cells old → new), then confirm the deployment.
 */
export function ModelDeployPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [packaged, setPackaged] = useState(false);
  const [validation, setValidation] = useState<ValidationView>();
  const [problems, setProblems] = useState<ProblemView[]>();
  const [error, setError] = useState<string>();
  const chosen = packaged ? [] : files;
  const reset = () => {
    setValidation(undefined);
    setProblems(undefined);
    setError(undefined);
  };
  const validate = useMutation({
    mutationFn: () => validateModels(chosen),
    onMutate: reset,
    onSuccess: (v) => {
      setValidation(v);
      setProblems(v.problems.length > 0 ? v.problems : undefined);
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  const deploy = useMutation({
    mutationFn: () => deployModels(chosen),
    onSuccess: (d) => {
      const files = d.files.map((f) => f.substring(f.lastIndexOf('/') + 1)).join('、');
      const processes = d.files.some((f) => f.endsWith('.bpmn'));
      message.success(!d.deploymentId ? t('models.nothingChanged')
        : t(processes ? 'models.deployedMigrate' : 'models.deployed', { files }), processes ? 8 : 3);
      void queryClient.invalidateQueries({ queryKey: catalogueQuery().queryKey });
      navigate('/admin/models');
    },
    onError: (e) => {
      const listed = e instanceof ApiError ? (e.problem as { problems?: ProblemView[] }).problems : undefined;
      if (listed) {
        setProblems(listed);
        setValidation(undefined);
      }
      else {
        setError(e instanceof ApiError ? e.message : String(e));
      }
    },
  });
  const canDeploy = validation !== undefined && validation.problems.length === 0;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('models.deployTitle')}</Typography.Title>}>
        <Typography.Paragraph type="secondary">{t('models.deployHint')}</Typography.Paragraph>
        <Space wrap>
          <Upload
            multiple
            accept=".bpmn,.dmn,.form"
            beforeUpload={(file) => {
              setFiles((current) => [...current.filter((f) => f.name !== file.name), file]);
              reset();
              return false;
            }}
            onRemove={(file) => {
              setFiles((current) => current.filter((f) => f.name !== file.name));
              reset();
            }}
            disabled={packaged}
          >
            <Button icon={<UploadOutlined />} data-testid="models-pick" disabled={packaged}>{t('models.pick')}</Button>
          </Upload>
          <Checkbox checked={packaged} onChange={(e) => { setPackaged(e.target.checked); reset(); }} data-testid="models-packaged">
            {t('models.packaged')}
          </Checkbox>
          <Button onClick={() => validate.mutate()} loading={validate.isPending} disabled={!packaged && files.length === 0}
            data-testid="models-validate">
            {t('models.validate')}
          </Button>
          <Button type="primary" onClick={() => deploy.mutate()} loading={deploy.isPending} disabled={!canDeploy}
            data-testid="models-confirm">
            {t('models.confirmDeploy')}
          </Button>
        </Space>
      </Card>
      {error && <Alert type="error" showIcon message={error} />}
      {problems && <Problems problems={problems} />}
      {validation && validation.problems.length === 0 && (
        <Card title={t('models.noProblems')} data-testid="models-changes">
          {validation.changes.map((c) => <FileChangesView key={c.file} changes={c} />)}
        </Card>
      )}
    </Space>
  );
}

function Problems({ problems }: { problems: ProblemView[] }) {
  const { t } = useI18n();
  return (
    <Card>
      <Alert type="error" showIcon message={t('models.problems', { count: problems.length })} style={{ marginBottom: 12 }} />
      <Table<ProblemView>
        rowKey={(p) => `${p.file}:${p.elementId ?? ''}:${p.line ?? ''}:${p.code}:${p.message}`}
        size="small"
        pagination={false}
        dataSource={problems}
        data-testid="models-problems"
        columns={[
          { title: t('models.file'), dataIndex: 'file', key: 'file' },
          { title: t('models.element'), dataIndex: 'elementId', key: 'element' },
          { title: t('models.line'), dataIndex: 'line', key: 'line', width: 70 },
          { title: t('models.message'), dataIndex: 'message', key: 'message' },
        ]}
      />
    </Card>
  );
}

function FileChangesView({ changes }: { changes: FileChanges }) {
  const { t } = useI18n();
  const difference = (d: string) => (['type', 'name', 'content'].includes(d) ? t(`models.difference.${d}` as MessageKey) : d);
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }} data-testid={`models-file-${changes.file}`}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {changes.resourceName} <Tag>{t(`models.status.${changes.status}` as MessageKey)}</Tag>
      </Typography.Title>
      {changes.elements.length > 0 && (
        <Table<ElementChange>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={changes.elements}
          columns={[
            { title: t('models.element'), dataIndex: 'id', key: 'id' },
            { title: t('models.kind'), dataIndex: 'type', key: 'type' },
            { title: t('models.name'), key: 'name',
              render: (_: unknown, e: ElementChange) => (e.oldName && e.name && e.oldName !== e.name ? `${e.oldName} → ${e.name}` : e.name ?? e.oldName) },
            { title: '', dataIndex: 'change', key: 'change', render: (c: string) => t(`models.change.${c}` as MessageKey) },
            { title: t('models.differences'), dataIndex: 'differences', key: 'differences',
              render: (d: string[]) => d.map(difference).join('、') },
          ]}
        />
      )}
      {changes.decisions.map((d) => (
        <Card key={d.decisionId} size="small" title={`${t('models.decision')} ${d.name ?? d.decisionId} · ${t(`models.change.${d.change}` as MessageKey)}`}>
          {d.oldHitPolicy !== d.newHitPolicy && (
            <Descriptions size="small" items={[{ key: 'hit', label: t('models.hitPolicy'), children: `${d.oldHitPolicy ?? t('models.none')} → ${d.newHitPolicy ?? t('models.none')}` }]} />
          )}
          {d.columns.map((c) => (
            <div key={c.columnId}>{t(`models.change.${c.change}` as MessageKey)} {t('models.column')}: {c.oldLabel ?? ''} → {c.newLabel ?? ''}</div>
          ))}
          <Table<RuleChange['cells'][number] & { rule: string; ruleChange: string }>
            rowKey={(r) => `${r.rule}:${r.kind}:${r.column}`}
            size="small"
            pagination={false}
            dataSource={d.rules.flatMap((r) => r.cells.map((c) => ({ ...c, rule: r.ruleId, ruleChange: r.change })))}
            data-testid={`models-cells-${d.decisionId}`}
            columns={[
              { title: t('models.rule'), dataIndex: 'rule', key: 'rule', render: (rule: string, row) => `${rule} (${t(`models.change.${row.ruleChange}` as MessageKey)})` },
              { title: t('models.column'), dataIndex: 'column', key: 'column' },
              { title: t('models.oldText'), dataIndex: 'oldText', key: 'old' },
              { title: t('models.newText'), dataIndex: 'newText', key: 'new' },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
