import { useEffect, useState } from 'react';
import { Alert, App, Descriptions, Form, Input, List, Modal, Radio, Select, Space, Spin, Tag, Typography } from 'antd';
import { useTaskName } from '@/lib/task-names';
import { useI18n } from '@/lib/i18n';
import { ApiError } from '@/lib/api-client';
import { formatTime } from '@/lib/format';
import {
  copyTask, delegateTask, resolveTask, returnTask, transferTask, useColleagues, useDirectory, useMoveTask,
  useReturnPreview, useReturnTargets, useTaskNote, useUrge, withdrawTask, type ReturnPreview, type UrgeResult,
} from '../api/task-actions';
import type { TaskView } from '../api/get-tasks';
import { conflictMessage } from './conflict-message';

/** The message of a failed action: a conflict in words, else the server's own. */
export function useActionError() {
  const { t } = useI18n();
  return (error: unknown) => (error instanceof ApiError && error.status === 409 && error.problem.taskState
    ? conflictMessage(error, t)
    : error instanceof ApiError ? (error.fieldErrors[0]?.message ?? error.message) : String(error));
}

interface DialogProps {
  task: TaskView;
  open: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** What a return or withdrawal will do, as the server computed it. */
export function ReturnEffect({ preview }: { preview: ReturnPreview }) {
  const { t } = useI18n();
  const taskName = useTaskName();
  return (
    <Descriptions size="small" column={1} bordered data-testid="return-preview">
      <Descriptions.Item label={t('actions.return.reopens')}>
        <Space wrap>
          <Typography.Text strong>{taskName(preview.target.name)}</Typography.Text>
          {preview.target.multiInstance && <Tag color="purple">{t('actions.return.multiInstance')}</Tag>}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('actions.return.for')}>{preview.reopensFor}</Descriptions.Item>
      <Descriptions.Item label={t('actions.return.ending')}>
        <Space wrap>{preview.ending.map((name, i) => <Tag key={`${name}-${i}`} color="red">{taskName(name)}</Tag>)}</Space>
      </Descriptions.Item>
      {preview.joinTokens > 0 && (
        <Descriptions.Item label={t('actions.return.parallel')}>{t('actions.return.joinTokens', { n: preview.joinTokens })}</Descriptions.Item>
      )}
    </Descriptions>
  );
}

/**
 * 退回: pick a step this item has passed (the server's list, parallel branches and multi-instance
 * steps included), see what will happen, give the reason, confirm.
 */
export function ReturnDialog({ task, open, onClose, onDone }: DialogProps) {
  const { t } = useI18n();
  const taskName = useTaskName();
  const errorOf = useActionError();
  const [target, setTarget] = useState<string>();
  const [opinion, setOpinion] = useState('');
  const [touched, setTouched] = useState(false);
  const targets = useReturnTargets(task.id, open);
  const preview = useReturnPreview(task.id, open ? target : undefined);
  const send = useMoveTask(returnTask);

  useEffect(() => {
    if (open && !target && targets.data?.length === 1) {
      setTarget(targets.data[0].taskKey);
    }
  }, [open, target, targets.data]);

  const confirm = () => {
    setTouched(true);
    if (!target || !opinion.trim()) {
      return;
    }
    send.mutate({ taskId: task.id, body: { target, opinion: opinion.trim() } }, {
      onSuccess: (result) => onDone(t('actions.return.done', { step: taskName(result.target.name), who: result.reopensFor })),
    });
  };

  return (
    <Modal
      title={t('actions.return.title', { task: taskName(task.name) })}
      open={open}
      onCancel={onClose}
      onOk={confirm}
      okText={t('actions.return.confirm')}
      okButtonProps={{ danger: true, disabled: !preview.data, loading: send.isPending, 'data-testid': 'return-confirm' } as never}
      destroyOnHidden
      width={640}
    >
      {targets.isLoading ? <Spin /> : targets.isError ? (
        <Alert type="error" showIcon message={errorOf(targets.error)} />
      ) : (targets.data?.length ?? 0) === 0 ? (
        <Alert type="info" showIcon message={t('actions.return.none')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>{t('actions.return.pick')}</Typography.Text>
          <Radio.Group role="radiogroup" value={target} onChange={(e) => setTarget(e.target.value as string)} data-testid="return-targets">
            <Space direction="vertical">
              {targets.data!.map((option) => (
                <Radio key={option.taskKey} value={option.taskKey}>
                  {taskName(option.name)}
                  {option.multiInstance && <Tag color="purple" style={{ marginLeft: 8 }}>{t('actions.return.multiInstance')}</Tag>}
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {option.lastActorName ?? option.lastActor ?? ''} {option.doneAt ? formatTime(option.doneAt) : ''}
                  </Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
          {preview.isFetching && <Spin size="small" />}
          {preview.isError && <Alert type="error" showIcon message={errorOf(preview.error)} />}
          {preview.data && <ReturnEffect preview={preview.data} />}
          <Form.Item
            label={t('actions.reason')}
            required
            validateStatus={touched && !opinion.trim() ? 'error' : undefined}
            help={touched && !opinion.trim() ? t('actions.reasonRequired') : undefined}
            style={{ marginBottom: 0 }}
          >
            <Input.TextArea
              rows={3}
              maxLength={2000}
              value={opinion}
              data-testid="return-opinion"
              aria-label={t('actions.reason')}
              onChange={(e) => setOpinion(e.target.value)}
            />
          </Form.Item>
          {send.isError && <Alert type="error" showIcon role="alert" message={errorOf(send.error)} />}
        </Space>
      )}
    </Modal>
  );
}

/** 撤回 from the done list: the opinion is mandatory, the server says whether the next step is untouched. */
export function WithdrawDialog({ taskId, name, open, onClose, onDone }: {
  taskId: string; name: string; open: boolean; onClose: () => void; onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const errorOf = useActionError();
  const [opinion, setOpinion] = useState('');
  const withdraw = useMoveTask(withdrawTask);
  return (
    <Modal
      title={t('actions.withdraw.title', { task: name })}
      open={open}
      onCancel={onClose}
      okText={t('actions.withdraw.confirm')}
      okButtonProps={{ disabled: !opinion.trim(), loading: withdraw.isPending, 'data-testid': 'withdraw-confirm' } as never}
      onOk={() => withdraw.mutate({ taskId, body: { opinion: opinion.trim() } }, {
        onSuccess: (result) => onDone(t('actions.withdraw.done', { step: result.target.name })),
      })}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('actions.withdraw.hint')}</Typography.Paragraph>
      <Form.Item label={t('actions.reason')} required style={{ marginBottom: 8 }}>
        <Input.TextArea rows={3} maxLength={2000} value={opinion} aria-label={t('actions.reason')} data-testid="withdraw-opinion" onChange={(e) => setOpinion(e.target.value)} />
      </Form.Item>
      {withdraw.isError && <Alert type="error" showIcon role="alert" message={errorOf(withdraw.error)} />}
    </Modal>
  );
}

export type Handover = 'TRANSFER' | 'DELEGATE' | 'RESOLVE';

/** 转办 / 委派 to a colleague the server offers, or 交回 to the owner; an opinion for the record. */
export function HandoverDialog({ task, mode, open, onClose, onDone }: DialogProps & { mode: Handover }) {
  const { t } = useI18n();
  const errorOf = useActionError();
  const [userId, setUserId] = useState<string>();
  const [opinion, setOpinion] = useState('');
  const people = useColleagues(task.id, mode === 'DELEGATE', open && mode !== 'RESOLVE');
  const transfer = useMoveTask(transferTask);
  const delegate = useMoveTask(delegateTask);
  const resolve = useMoveTask(resolveTask);
  const mutation = mode === 'TRANSFER' ? transfer : mode === 'DELEGATE' ? delegate : resolve;
  const key = mode.toLowerCase() as 'transfer' | 'delegate' | 'resolve';
  const ready = !!opinion.trim() && (mode === 'RESOLVE' || !!userId);

  const confirm = () => {
    const name = people.data?.find((p) => p.id === userId)?.name ?? userId ?? '';
    const done = () => onDone(t(`actions.${key}.done`, { who: name, owner: task.ownerName ?? task.owner ?? '' }));
    if (mode === 'RESOLVE') {
      resolve.mutate({ taskId: task.id, body: { opinion: opinion.trim() } }, { onSuccess: done });
    } else {
      (mode === 'TRANSFER' ? transfer : delegate).mutate({ taskId: task.id, body: { userId: userId!, opinion: opinion.trim() } }, { onSuccess: done });
    }
  };

  return (
    <Modal
      title={t(`actions.${key}.title`, { task: task.name })}
      open={open}
      onCancel={onClose}
      onOk={confirm}
      okText={t(`actions.${key}.confirm`)}
      okButtonProps={{ disabled: !ready, loading: mutation.isPending, 'data-testid': `${key}-confirm` } as never}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`actions.${key}.hint`)}</Typography.Paragraph>
      {mode !== 'RESOLVE' && (
        <Form.Item label={t('actions.to')} required>
          <Select
            showSearch
            optionFilterProp="label"
            loading={people.isLoading}
            value={userId}
            onChange={setUserId}
            aria-label={t('actions.to')}
            data-testid={`${key}-to`}
            notFoundContent={people.isLoading ? <Spin size="small" /> : t('actions.noColleagues')}
            options={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
      )}
      <Form.Item label={t('tasks.opinion')} required style={{ marginBottom: 8 }}>
        <Input.TextArea rows={3} maxLength={2000} value={opinion} aria-label={t('tasks.opinion')} data-testid={`${key}-opinion`} onChange={(e) => setOpinion(e.target.value)} />
      </Form.Item>
      {mutation.isError && <Alert type="error" showIcon role="alert" message={errorOf(mutation.error)} />}
    </Modal>
  );
}

/** 抄送: people and groups from the address book; they read the item, they cannot act on it. */
export function CopyDialog({ task, open, onClose, onDone }: DialogProps) {
  const { t } = useI18n();
  const errorOf = useActionError();
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const directory = useDirectory(q, open);
  const copy = useTaskNote(copyTask);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const options = [
    ...(directory.data?.users ?? []).map((u) => ({ value: `u:${u.id}`, label: u.name })),
    ...(directory.data?.groups ?? []).map((g) => ({ value: `g:${g.id}`, label: `${g.name}（${t('actions.copy.group')}）` })),
  ];
  const confirm = () => {
    const users = picked.filter((v) => v.startsWith('u:')).map((v) => v.substring(2));
    const groups = picked.filter((v) => v.startsWith('g:')).map((v) => v.substring(2));
    copy.mutate({ taskId: task.id, body: { users, groups, note: note.trim() || undefined } }, {
      onSuccess: () => onDone(t('actions.copy.done', { n: picked.length })),
    });
  };
  return (
    <Modal
      title={t('actions.copy.title', { task: task.name })}
      open={open}
      onCancel={onClose}
      onOk={confirm}
      okText={t('actions.copy.confirm')}
      okButtonProps={{ disabled: picked.length === 0, loading: copy.isPending, 'data-testid': 'copy-confirm' } as never}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('actions.copy.hint')}</Typography.Paragraph>
      <Form.Item label={t('actions.copy.to')} required>
        <Select
          mode="multiple"
          showSearch
          filterOption={false}
          onSearch={setQ}
          value={picked}
          aria-label={t('actions.copy.to')}
          data-testid="copy-to"
          onChange={(values: string[]) => {
            setPicked(values);
            setLabels((old) => ({ ...old, ...Object.fromEntries(options.map((o) => [o.value, o.label])) }));
          }}
          options={[...options, ...picked.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: labels[v] ?? v }))]}
          loading={directory.isFetching}
        />
      </Form.Item>
      <Form.Item label={t('actions.note')} style={{ marginBottom: 8 }}>
        <Input.TextArea rows={2} maxLength={500} value={note} aria-label={t('actions.note')} onChange={(e) => setNote(e.target.value)} />
      </Form.Item>
      {copy.isError && <Alert type="error" showIcon role="alert" message={errorOf(copy.error)} />}
    </Modal>
  );
}

/** 催办 one task or many: the server urges each at most once a day and says what became of each. */
export function UrgeDialog({ taskIds, open, onClose, onDone }: {
  taskIds: string[]; open: boolean; onClose: () => void; onDone: (results: UrgeResult[]) => void;
}) {
  const { t } = useI18n();
  const errorOf = useActionError();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const urge = useUrge();
  const [results, setResults] = useState<UrgeResult[]>();
  return (
    <Modal
      title={t('actions.urge.title', { n: taskIds.length })}
      open={open}
      onCancel={() => { setResults(undefined); onClose(); }}
      okText={results ? t('actions.close') : t('actions.urge.confirm')}
      okButtonProps={{ loading: urge.isPending, 'data-testid': 'urge-confirm' } as never}
      onOk={() => {
        if (results) {
          setResults(undefined);
          onDone(results);
          return;
        }
        urge.mutate({ taskIds, note: note.trim() || undefined }, {
          onSuccess: (answer) => {
            setResults(answer);
            const urged = answer.filter((r) => r.outcome === 'URGED').length;
            message.success(t('actions.urge.done', { n: urged }));
          },
        });
      }}
      destroyOnHidden
    >
      {results ? (
        <List
          size="small"
          dataSource={results}
          renderItem={(r) => (
            <List.Item>
              <Tag color={r.outcome === 'URGED' ? 'green' : 'default'}>{t(`actions.urge.outcome.${r.outcome}`)}</Tag>
              <Typography.Text type="secondary">{r.message ?? ''}</Typography.Text>
            </List.Item>
          )}
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('actions.urge.hint')}</Typography.Paragraph>
          <Form.Item label={t('actions.note')} style={{ marginBottom: 8 }}>
            <Input.TextArea rows={2} maxLength={500} value={note} aria-label={t('actions.note')} data-testid="urge-note" onChange={(e) => setNote(e.target.value)} />
          </Form.Item>
        </>
      )}
      {urge.isError && <Alert type="error" showIcon role="alert" message={errorOf(urge.error)} />}
    </Modal>
  );
}
