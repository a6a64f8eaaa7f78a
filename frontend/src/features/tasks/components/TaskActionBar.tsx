import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Tooltip } from 'antd';
import {
  BellOutlined, CheckOutlined, RollbackOutlined, SendOutlined, ShareAltOutlined, SwapOutlined, UserSwitchOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '@/lib/i18n';
import { refreshAfterStep } from '@/lib/refresh-after-step';
import type { CurrentUser } from '@/lib/auth';
import type { TaskView } from '../api/get-tasks';
import { bulkApprove } from '../api/task-actions';
import { CopyDialog, HandoverDialog, ReturnDialog, UrgeDialog, useActionError } from './TaskActionDialogs';

export type TaskDialog = 'RETURN' | 'TRANSFER' | 'DELEGATE' | 'RESOLVE' | 'COPY' | 'URGE' | 'APPROVE';

export const COORDINATOR_ROLES = ['finance-performance', 'finance-budget', 'camunda-admin'];

/**
 * What a user can do with a task besides its form: send it back, hand it on, ask for help and
 * hand it back, copy someone in, urge its holder (finance), approve it as it stands. The server
 * decides; the bar offers what makes sense for this user and says why a button is off.
 */
export function TaskActionBar({ task, me, dialog, setDialog, onMoved, onCompleted, canQuickApprove }: {
  task: TaskView;
  me?: CurrentUser;
  dialog?: TaskDialog;
  setDialog: (dialog?: TaskDialog) => void;
  onMoved: (message: string) => void;
  onCompleted: () => void;
  canQuickApprove: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const mine = !task.readOnly;
  const delegatedToMe = task.delegated && task.assignee === me?.id;
  const coordinator = me?.roles.some((r) => COORDINATOR_ROLES.includes(r)) ?? false;
  const close = () => setDialog(undefined);
  const moved = (message: string) => {
    close();
    onMoved(message);
  };
  const delegatedHint = task.delegated ? t('actions.delegatedFirst') : undefined;

  return (
    <Card size="small" data-testid="task-actions">
      <Space wrap>
        {canQuickApprove && mine && !task.delegated && (
          <Button icon={<CheckOutlined />} onClick={() => setDialog('APPROVE')} data-testid="action-approve">{t('actions.approve.button')}</Button>
        )}
        <Tooltip title={delegatedHint}>
          <Button danger icon={<RollbackOutlined />} disabled={!mine || task.delegated} onClick={() => setDialog('RETURN')} data-testid="action-return">
            {t('actions.return.button')}
          </Button>
        </Tooltip>
        <Tooltip title={delegatedHint}>
          <Button icon={<SwapOutlined />} disabled={!mine || task.delegated} onClick={() => setDialog('TRANSFER')} data-testid="action-transfer">
            {t('actions.transfer.button')}
          </Button>
        </Tooltip>
        {delegatedToMe ? (
          <Button type="primary" icon={<SendOutlined />} onClick={() => setDialog('RESOLVE')} data-testid="action-resolve">{t('actions.resolve.button')}</Button>
        ) : (
          <Tooltip title={delegatedHint}>
            <Button icon={<UserSwitchOutlined />} disabled={!mine || task.delegated} onClick={() => setDialog('DELEGATE')} data-testid="action-delegate">
              {t('actions.delegate.button')}
            </Button>
          </Tooltip>
        )}
        <Button icon={<ShareAltOutlined />} onClick={() => setDialog('COPY')} data-testid="action-copy">{t('actions.copy.button')}</Button>
        {coordinator && task.assignee !== me?.id && (
          <Button icon={<BellOutlined />} onClick={() => setDialog('URGE')} data-testid="action-urge">{t('actions.urge.button')}</Button>
        )}
      </Space>
      <ReturnDialog task={task} open={dialog === 'RETURN'} onClose={close} onDone={moved} />
      {(dialog === 'TRANSFER' || dialog === 'DELEGATE' || dialog === 'RESOLVE') && (
        <HandoverDialog task={task} mode={dialog} open onClose={close} onDone={moved} />
      )}
      <CopyDialog task={task} open={dialog === 'COPY'} onClose={close} onDone={(text) => { close(); message.success(text); }} />
      <UrgeDialog taskIds={[task.id]} open={dialog === 'URGE'} onClose={close} onDone={close} />
      <QuickApproveDialog task={task} open={dialog === 'APPROVE'} onClose={close} onDone={() => { close(); onCompleted(); }} />
    </Card>
  );
}

/** Approve the task as it stands, with an opinion: the same step as the form's 同意, for review kinds. */
function QuickApproveDialog({ task, open, onClose, onDone }: { task: TaskView; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const errorOf = useActionError();
  const queryClient = useQueryClient();
  const [opinion, setOpinion] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const [result] = await bulkApprove([task.id], opinion.trim());
      if (result?.ok) {
        refreshAfterStep(queryClient, task.id);
        onDone();
      } else {
        setError(result?.reason ?? t('common.error'));
      }
    } catch (e) {
      setError(errorOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title={t('actions.approve.title', { task: task.name })}
      open={open}
      onCancel={onClose}
      onOk={() => void confirm()}
      okText={t('actions.approve.confirm')}
      okButtonProps={{ disabled: !opinion.trim(), loading: busy, 'data-testid': 'approve-confirm' } as never}
      destroyOnHidden
    >
      <Form.Item label={t('tasks.opinion')} required style={{ marginBottom: 8 }}>
        <Input.TextArea rows={3} maxLength={2000} value={opinion} autoFocus aria-label={t('tasks.opinion')} data-testid="approve-opinion" onChange={(e) => setOpinion(e.target.value)} />
      </Form.Item>
      {error && <Alert type="error" showIcon role="alert" message={error} />}
    </Modal>
  );
}
