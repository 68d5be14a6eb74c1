import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './zh-CN.json';
import enUS from './en-US.json';
import { DEFAULT_LANGUAGE, normalizeLanguage, setActiveLanguage, storedLanguage, type Language } from './language';

export const resources = {
  'zh-CN': { translation: zhCN },
  'en-US': { translation: enUS },
} as const;

const initial = storedLanguage();
setActiveLanguage(initial);

void i18n.use(initReactI18next).init({
  resources,
  lng: initial,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['zh-CN', 'en-US'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

i18n.on('languageChanged', (lng) => setActiveLanguage(normalizeLanguage(lng)));

export function changeLanguage(lang: Language): Promise<unknown> {
  setActiveLanguage(lang);
  return i18n.changeLanguage(lang);
}

export default i18n;
