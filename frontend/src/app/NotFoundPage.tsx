import { Button, Result } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '@/lib/i18n';

/** A path the app does not know: say so, and offer the way back. */
export function NotFoundPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <div data-testid="not-found">
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.detail', { path: location.pathname })}
      extra={<Button type="primary" onClick={() => navigate('/tasks')}>{t('notFound.back')}</Button>}
    />
    </div>
  );
}
