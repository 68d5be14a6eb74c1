import { describe, expect, it } from 'vitest';
import enUS from './en-US.json';
import i18n, { changeLanguage, loadLanguage } from './index';

describe('language loading', () => {
  it('has Chinese from the start and loads English only when it is chosen', async () => {
    expect(i18n.hasResourceBundle('zh-CN', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('en-US', 'translation')).toBe(false);

    await changeLanguage('en-US');

    expect(i18n.hasResourceBundle('en-US', 'translation')).toBe(true);
    expect(i18n.t('login.submit')).toBe(enUS.login.submit);
    await changeLanguage('zh-CN');
    expect(i18n.t('login.submit')).not.toBe(enUS.login.submit);
  });

  it('loads a language once', async () => {
    await loadLanguage('en-US');
    const bundle = i18n.getResourceBundle('en-US', 'translation');
    await loadLanguage('en-US');
    expect(i18n.getResourceBundle('en-US', 'translation')).toBe(bundle);
  });
});
