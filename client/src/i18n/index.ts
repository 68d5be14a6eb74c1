import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './zh-CN.json';
import { DEFAULT_LANGUAGE, normalizeLanguage, setActiveLanguage, storedLanguage, type Language } from './language';

// Chinese is in the first download; English (as large) loads when someone chooses it, or before the first render for
// someone who chose it earlier (main.tsx awaits loadLanguage).
const loaders: Record<Language, () => Promise<{ default: object }>> = {
  'zh-CN': () => Promise.resolve({ default: zhCN }),
  'en-US': () => import('./en-US.json'),
};

const initial = storedLanguage();
setActiveLanguage(initial);

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  partialBundledLanguages: true,
  lng: initial,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['zh-CN', 'en-US'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

i18n.on('languageChanged', (lng) => setActiveLanguage(normalizeLanguage(lng)));

/** Makes sure the language's strings are loaded (English is a separate chunk). */
export async function loadLanguage(lang: Language): Promise<void> {
  if (i18n.hasResourceBundle(lang, 'translation')) return;
  const strings = await loaders[lang]();
  i18n.addResourceBundle(lang, 'translation', strings.default);
}

export async function changeLanguage(lang: Language): Promise<unknown> {
  await loadLanguage(lang);
  setActiveLanguage(lang);
  return i18n.changeLanguage(lang);
}

export default i18n;
