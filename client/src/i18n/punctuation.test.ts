import { describe, expect, it } from 'vitest';
import zhCN from './zh-CN.json';
import { punctuationFaults } from './punctuation';

type Tree = { [key: string]: string | Tree };
const strings = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : strings(v, `${prefix}${k}.`)));

/** The client's source files (tests aside), comments removed, as raw text. */
const sources = Object.entries(
  import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../api/client.ts', '!../test/**'], { query: '?raw', import: 'default', eager: true }),
).map(([file, text]) => [file, text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1')] as const);

describe('zh-CN punctuation', () => {
  it('finds half-width punctuation beside Chinese and other quotation marks', () => {
    expect(punctuationFaults('已停用,已有项目')).toHaveLength(1);
    expect(punctuationFaults('理由:{{reason}}')).toHaveLength(1);
    expect(punctuationFaults('说明(可选)')).toHaveLength(2);
    expect(punctuationFaults('确定撤回?')).toHaveLength(1);
    expect(punctuationFaults('项目「甲」')).toEqual(['quotation mark 「 (use “…”)']);
    expect(punctuationFaults('删除"甲"')).toHaveLength(1);
    expect(punctuationFaults('已停用，已有项目（“甲”）；每周一 09:00 发布，6位 GB/T 2260 代码')).toEqual([]);
    expect(punctuationFaults('English, (only): fine?')).toEqual([]);
  });

  it('is full-width with “…” quotes in every zh-CN string', () => {
    const faults = strings(zhCN as Tree).flatMap(([key, text]) => punctuationFaults(text).map((f) => `${key}: ${f}`));
    expect(faults).toEqual([]);
  });

  it('is full-width in the Chinese the client writes itself', () => {
    expect(sources.length).toBeGreaterThan(20);
    const faults = sources.flatMap(([file, text]) =>
      [...text.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`|>([^<>{}\n]+)</g)]
        .map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '')
        .flatMap((s) => punctuationFaults(s).filter((f) => !f.startsWith('quotation')).map((f) => `${file}: ${f}`)),
    );
    expect(faults).toEqual([]);
  });
});
