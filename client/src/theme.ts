import type { ThemeConfig } from 'antd';

export const PRIMARY_COLOR = '#1f4e9c';

/**
 * Text and tags reach 4.5:1 (WCAG AA) on their backgrounds, checked by theme.test.ts: secondary text (Typography
 * type="secondary", descriptions, help) is 60 % black instead of antd's 45 %, and a preset Tag's text (its colour's
 * shade 7 on shade 1) is one or two shades darker where shade 7 is too light.
 */
const ACCESSIBLE_TEXT = {
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  orange7: '#ad4e00',
  gold7: '#874d00',
  green7: '#237804',
  volcano7: '#ad2102',
  cyan7: '#006d75',
  lime7: '#3f6600',
};

export const theme: ThemeConfig = {
  token: {
    ...ACCESSIBLE_TEXT,
    colorPrimary: PRIMARY_COLOR,
    colorInfo: PRIMARY_COLOR,
    colorLink: PRIMARY_COLOR,
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
  },
  components: {
    Layout: {
      siderBg: '#0f2f66',
      triggerBg: '#0b2550',
      headerBg: '#ffffff',
      headerPadding: '0 16px',
    },
    Menu: {
      darkItemBg: '#0f2f66',
      darkSubMenuItemBg: '#0b2550',
      darkItemSelectedBg: PRIMARY_COLOR,
    },
  },
};
