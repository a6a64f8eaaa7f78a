import { useEffect, useRef, useState } from 'react';
import { Button, Modal, Space, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import { idleMillis, markUserActivity, trackUserActivity } from '@/lib/activity';

const KEEP_ALIVE_MS = 5 * 60_000;

interface Props {
  /** The server's idle timeout (CurrentUser.sessionTimeoutSeconds). */
  timeoutSeconds: number;
  /** How long before the end the warning shows. */
  warnSeconds?: number;
  /** Tells the server the user is still here (a cheap authenticated call). */
  onKeepAlive: () => Promise<unknown>;
  /** The session has ended: log out and show the login page. */
  onExpire: () => void;
}

/**
 * Ends an unattended session in the browser when the server does (app.session.idle-timeout, default
 * 30 min without the user touching the app), with a warning and a countdown shortly before. While the
 * user works without calling the server (a long form), it keeps the session alive every few minutes.
 */
export function IdleWarning({ timeoutSeconds, warnSeconds = 60, onKeepAlive, onExpire }: Props) {
  const { t } = useI18n();
  const [remaining, setRemaining] = useState<number | null>(null);
  const lastKeepAlive = useRef(Date.now());
  const expired = useRef(false);

  useEffect(() => {
    trackUserActivity();
    if (!(timeoutSeconds > 0)) {
      return undefined;
    }
    const tick = () => {
      const now = Date.now();
      const idle = idleMillis(now);
      const left = Math.ceil((timeoutSeconds * 1000 - idle) / 1000);
      if (left <= 0) {
        if (!expired.current) {
          expired.current = true;
          setRemaining(null);
          onExpire();
        }
        return;
      }
      setRemaining(left <= warnSeconds ? left : null);
      if (idle < 60_000 && now - lastKeepAlive.current >= KEEP_ALIVE_MS) {
        lastKeepAlive.current = now;
        onKeepAlive().catch(() => undefined);
      }
    };
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [timeoutSeconds, warnSeconds, onKeepAlive, onExpire]);

  const stay = () => {
    markUserActivity();
    lastKeepAlive.current = Date.now();
    setRemaining(null);
    onKeepAlive().catch(() => undefined);
  };

  return (
    <Modal
      open={remaining !== null}
      title={t('idle.title')}
      closable={false}
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onExpire}>{t('nav.logout')}</Button>
          <Button type="primary" onClick={stay}>{t('idle.stay')}</Button>
        </Space>
      }
    >
      <Typography.Paragraph role="alert" data-testid="idle-warning">
        {t('idle.message', { seconds: remaining ?? 0, minutes: Math.round(timeoutSeconds / 60) })}
      </Typography.Paragraph>
    </Modal>
  );
}
