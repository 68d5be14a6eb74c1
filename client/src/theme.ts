import type { ThemeConfig } from 'antd';

export const PRIMARY_COLOR = '#1f4e9c';

export const theme: ThemeConfig = {
  token: {
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
