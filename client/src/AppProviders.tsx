import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { installAccessibleNames } from './lib/accessibleNames';
import { dayjs } from './lib/time';
import { theme } from './theme';
import { normalizeLanguage } from './i18n/language';
import { AuthProvider } from './auth/AuthContext';
import { toProblem } from './api/problem';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => {
          const status = toProblem(error).status;
          if (status && status >= 400 && status < 500) return false;
          return count < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}

/** Keeps the document title and antd/dayjs locales in step with the i18n language. */
function LocaleBridge({ children }: { children: ReactNode }) {
  const { i18n, t } = useTranslation();
  const lang = normalizeLanguage(i18n.language);
  useEffect(() => {
    dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
    document.title = t('app.title');
  }, [lang, t]);
  // Screen-reader names in the UI language for antd's icons, pager and Segmented (lib/accessibleNames.ts).
  useEffect(() => installAccessibleNames(t), [lang, t]);
  return (
    // autoInsertSpace off: antd would write two-character Chinese buttons as "登 录", "取 消".
    <ConfigProvider locale={lang === 'zh-CN' ? zhCN : enUS} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <LocaleBridge>
        <AuthProvider>{children}</AuthProvider>
      </LocaleBridge>
    </QueryClientProvider>
  );
}
