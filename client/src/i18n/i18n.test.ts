import { describe, expect, it } from 'vitest';
import zhCN from './zh-CN.json';
import enUS from './en-US.json';
import { NAV_GROUPS, NAV_ITEMS } from '../layout/menu';
import { ROLES } from '../auth/roles';
import { SCALE_BANDS } from '../lib/money';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((acc, [k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') acc[key] = v;
    else Object.assign(acc, flatten(v, key));
    return acc;
  }, {});
}

const zh = flatten(zhCN as Tree);
const en = flatten(enUS as Tree);
const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('i18n resources', () => {
  it('have the same keys in Chinese and English', () => {
    const missingInEn = Object.keys(zh).filter((k) => !(k in en));
    const missingInZh = Object.keys(en).filter((k) => !(k in zh));
    expect(missingInEn).toEqual([]);
    expect(missingInZh).toEqual([]);
  });

  it('have no empty strings', () => {
    expect(Object.entries(zh).filter(([, v]) => !v.trim())).toEqual([]);
    expect(Object.entries(en).filter(([, v]) => !v.trim())).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const mismatched = Object.keys(zh).filter((k) => JSON.stringify(vars(zh[k])) !== JSON.stringify(vars(en[k] ?? '')));
    expect(mismatched).toEqual([]);
  });

  it('label each scale band with the side that holds its boundary, in one style, as the server and the exports do', () => {
    expect(SCALE_BANDS.map((b) => zh[`scaleBand.${b}`])).toEqual(['低于1亿元', '1亿元（含）–10亿元', '10亿元（含）–50亿元', '50亿元（含）–100亿元', '100亿元（含）以上']);
    expect(SCALE_BANDS.map((b) => en[`scaleBand.${b}`])).toEqual([
      'Below 100M yuan',
      '100M yuan (incl.) – 1B yuan',
      '1B yuan (incl.) – 5B yuan',
      '5B yuan (incl.) – 10B yuan',
      '10B yuan (incl.) and above',
    ]);
  });

  it('name the 万元 unit one way in each language', () => {
    expect(Object.entries(zh).filter(([, v]) => v.includes('(万元)'))).toEqual([]);
    expect(Object.entries(en).filter(([, v]) => /10,000 yuan|ten thousand|\bwan\b/i.test(v))).toEqual([]);
    expect(Object.entries(en).filter(([k]) => k.endsWith('.wan')).map(([, v]) => v)).toEqual(Array(5).fill('×10k yuan'));
  });

  it('translate every menu label and role', () => {
    for (const item of NAV_ITEMS) {
      expect(zh[item.labelKey], item.labelKey).toBeTruthy();
      expect(en[item.labelKey], item.labelKey).toBeTruthy();
    }
    for (const group of NAV_GROUPS) {
      expect(zh[group.labelKey], group.labelKey).toBeTruthy();
      expect(en[group.labelKey], group.labelKey).toBeTruthy();
    }
    for (const role of ROLES) expect(zh[`roles.${role}`]).toBeTruthy();
  });

  it('is Chinese in zh-CN', () => {
    expect(zh['app.title']).toBe('招商引资项目管理平台');
    expect(zh['errors.concurrency']).toBe('数据已被他人修改，请刷新后重试');
  });
});
