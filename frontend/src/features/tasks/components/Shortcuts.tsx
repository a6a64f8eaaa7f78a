import { useEffect, useRef, useState } from 'react';
import { Modal, Table, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';

export interface Shortcut {
  key: string;
  label: MessageKey;
  run: () => void;
  enabled?: boolean;
}

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable);
}

/**
 * Single-key shortcuts for the page, ignored while the user types or a dialog is open; `?` lists
 * them. The list is read at key time, so handlers always see the current page state.
 */
export function useShortcuts(shortcuts: Shortcut[]) {
  const [help, setHelp] = useState(false);
  const current = useRef(shortcuts);
  current.current = shortcuts;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
        return;
      }
      if (document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal')) {
        return;
      }
      if (event.key === '?') {
        setHelp(true);
        return;
      }
      const shortcut = current.current.find((s) => s.key === event.key && s.enabled !== false);
      if (shortcut) {
        event.preventDefault();
        shortcut.run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return { help, openHelp: () => setHelp(true), closeHelp: () => setHelp(false) };
}

export function ShortcutHelp({ shortcuts, open, onClose }: { shortcuts: Shortcut[]; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const rows = [...shortcuts, { key: '?', label: 'keys.help' as MessageKey, run: () => {} }];
  return (
    <Modal title={t('keys.title')} open={open} onCancel={onClose} onOk={onClose} cancelButtonProps={{ style: { display: 'none' } }} data-testid="shortcut-help">
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        columns={[
          { title: t('keys.key'), dataIndex: 'key', width: 90, render: (key: string) => <Typography.Text keyboard>{key === 'Enter' ? '↵ Enter' : key}</Typography.Text> },
          { title: t('keys.does'), dataIndex: 'label', render: (label: MessageKey, row: Shortcut) => <Typography.Text type={row.enabled === false ? 'secondary' : undefined}>{t(label)}</Typography.Text> },
        ]}
      />
    </Modal>
  );
}
