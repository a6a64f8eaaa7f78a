import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useI18n } from '@/lib/i18n';

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <Button type="text" icon={<GlobalOutlined />} onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}>
      {t('nav.language')}
    </Button>
  );
}
