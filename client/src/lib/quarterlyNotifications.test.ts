import { beforeEach, describe, expect, it } from 'vitest';
import type { NotificationDto } from '../api';
import i18n, { changeLanguage } from '../i18n';
import { describeNotification } from './notifications';

const base: NotificationDto = {
  id: 'n1',
  kind: 'QuarterlyReportReady',
  filingId: undefined,
  projectName: undefined,
  reason: undefined,
  date: '2026-09-30',
  dueToday: undefined,
  overdue: undefined,
  filings: [],
  createdAt: '2026-10-01T00:30:00Z',
  readAt: undefined,
  revisitsDue: undefined,
  problemsOverdue: undefined,
  year: 2026,
  rank: undefined,
  score: undefined,
};

describe('describeNotification (quarterly scheduling)', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });

  it("tells a unit's filers the quarter's report is ready, opening the quarterly page", () => {
    const text = describeNotification(base, i18n.t);
    expect(text.title).toBe('季度调度报告已生成');
    expect(text.body).toBe('2026 年第 3 季度调度报告已生成，请查看本单位目标完成情况。');
    expect(text.link).toBe('/quarterly');
  });

  it('names the lagging targets in the reader’s language', async () => {
    const lagging = { ...base, kind: 'QuarterlyTargetsLagging' as const, reason: 'signedProjects,fixedAssetInvestment' };
    expect(describeNotification(lagging, i18n.t).body).toBe('2026 年第 3 季度，本单位以下目标进度滞后：新签约工业项目、规模工业固定资产投资。');
    await changeLanguage('en-US');
    expect(describeNotification(lagging, i18n.t).body).toBe(
      'In 2026 Q3 your unit lags on: Signed industrial projects, Fixed-asset investment (above designated size).',
    );
  });
});
