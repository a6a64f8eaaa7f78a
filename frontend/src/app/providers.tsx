import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client';
import { I18nProvider, useI18n, type Locale } from '@/lib/i18n';
import { messages } from './messages';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Client errors (403, 404…) do not get better by asking again.
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
        refetchOnWindowFocus: true,
      },
    },
  });
}

function AntdLocale({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  dayjs.locale(locale === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider
      locale={locale === 'zh' ? zhCN : enUS}
      button={{ autoInsertSpace: false }}
      theme={{
        token: {
          colorPrimary: '#c0392b',
          borderRadius: 4,
          // WCAG AA contrast (4.5:1 on white and on the page's grey): antd's defaults for secondary
          // text (45 % black), placeholders (25 %), links (#1677ff, 4.1:1) and danger (#ff4d4f) fall short.
          colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
          colorTextDescription: 'rgba(0, 0, 0, 0.6)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
          colorLink: '#0958d9',
          colorError: '#cf1322',
        },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function AppProviders({ children, queryClient, locale }: { children: ReactNode; queryClient: QueryClient; locale?: Locale }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider messages={messages} locale={locale}>
        <AntdLocale>{children}</AntdLocale>
      </I18nProvider>
    </QueryClientProvider>
  );
}
