import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';
import { normalizeLanguage, type Language } from '../i18n/language';

/** 中文 / English switch; the choice is remembered in localStorage. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { i18n, t } = useTranslation();
  const value = normalizeLanguage(i18n.language);
  return (
    <Segmented<Language>
      data-testid="lang-switch"
      aria-label={t('a11y.language')}
      size="small"
      value={value}
      onChange={(lang) => void changeLanguage(lang)}
      options={[
        { value: 'zh-CN', label: <span data-testid="lang-zh-CN" lang="zh-CN">{compact ? '中' : '中文'}</span> },
        { value: 'en-US', label: <span data-testid="lang-en-US" lang="en">{compact ? 'EN' : 'English'}</span> },
      ]}
    />
  );
}
