export type Language = 'zh-CN' | 'en-US';

export const LANGUAGES: Language[] = ['zh-CN', 'en-US'];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const LANGUAGE_STORAGE_KEY = 'investpromo.lang';

export function normalizeLanguage(value: string | null | undefined): Language {
  if (!value) return DEFAULT_LANGUAGE;
  return value.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

export function storedLanguage(): Language {
  try {
    return normalizeLanguage(localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

let active: Language = DEFAULT_LANGUAGE;

export function currentLanguage(): Language {
  return active;
}

export function setActiveLanguage(lang: Language): void {
  active = lang;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    /* private mode: keep it in memory only */
  }
  document.documentElement.lang = lang;
}
