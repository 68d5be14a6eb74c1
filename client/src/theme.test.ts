import { theme as antdTheme } from 'antd';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './lib/contrast';
import { theme } from './theme';

const token = antdTheme.getDesignToken(theme) as unknown as Record<string, string>;
/** The preset colours the screens' tags use (status, roles, objection and duplicate tags). */
const TAG_COLOURS = ['orange', 'gold', 'green', 'volcano', 'red', 'blue', 'cyan', 'purple', 'magenta', 'geekblue', 'lime'];
const AA = 4.5;

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('rgba(0, 0, 0, 0.45)', '#ffffff')).toBeCloseTo(3.36, 1); // antd's default secondary text: too light
  });

  it('gives secondary text at least 4.5:1 on white, table headers and the page background', () => {
    for (const background of [token.colorBgContainer, '#fafafa', '#f0f2f5']) {
      expect(contrastRatio(token.colorTextSecondary, background), background).toBeGreaterThanOrEqual(AA);
      expect(contrastRatio(token.colorTextDescription, background), background).toBeGreaterThanOrEqual(AA);
      expect(contrastRatio(token.colorTextTertiary, background), background).toBeGreaterThanOrEqual(AA);
    }
  });

  it('gives every preset tag, the orange 复核中 among them, at least 4.5:1 (shade 7 on shade 1, as antd draws them)', () => {
    const ratios = Object.fromEntries(TAG_COLOURS.map((c) => [c, Number(contrastRatio(token[`${c}7`], token[`${c}1`]).toFixed(2))]));
    expect(Object.entries(ratios).filter(([, r]) => r < AA)).toEqual([]);
    expect(ratios.orange).toBeGreaterThanOrEqual(5);
  });

  it('keeps links and primary buttons readable', () => {
    expect(contrastRatio(token.colorLink, token.colorBgContainer)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio('#ffffff', token.colorPrimary)).toBeGreaterThanOrEqual(AA);
  });
});
