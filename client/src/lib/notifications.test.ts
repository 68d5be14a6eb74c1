import { beforeEach, describe, expect, it } from 'vitest';
import type { NotificationDto } from '../api';
import i18n, { changeLanguage } from '../i18n';
import { describeNotification } from './notifications';

const base: NotificationDto = { id: 'n1', kind: 'FilingUnderReReview', filingId: 'f1', projectName: '智能装备产业园', reason: undefined, date: undefined, dueToday: undefined, overdue: undefined, filings: [], createdAt: '2026-11-23T02:00:00Z', readAt: undefined, revisitsDue: undefined, problemsOverdue: undefined, year: undefined, rank: undefined, score: undefined };

describe('describeNotification (objections)', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });

  it("tells the unit's filers that their project is under re-review, and opens the filing", () => {
    const text = describeNotification(base, i18n.t);
    expect(text.title).toBe('项目收到公示异议');
    expect(text.body).toBe('您单位的项目“智能装备产业园”收到公示异议，已进入复核。');
    expect(text.link).toBe('/filings/f1');
  });

  it('tells the filers that the objection was dismissed', () => {
    const text = describeNotification({ ...base, kind: 'FilingObjectionDismissed' }, i18n.t);
    expect(text.body).toBe('“智能装备产业园”的公示异议经复核不成立，项目维持备案。');
    expect(text.link).toBe('/filings/f1');
  });

  it('asks reviewers to re-review a new objection, opening the filing as reviewers see it', () => {
    const text = describeNotification({ ...base, kind: 'ObjectionLodged' }, i18n.t);
    expect(text.title).toBe('收到新的公示异议');
    expect(text.body).toBe('公示项目“智能装备产业园”收到新的异议，请及时复核。');
    expect(text.link).toBe('/review/f1');
    expect(describeNotification({ ...base, kind: 'ObjectionLodged', filingId: undefined }, i18n.t).link).toBe('/objections');
  });

  it('words them in English too', async () => {
    await changeLanguage('en-US');
    expect(describeNotification({ ...base, kind: 'ObjectionLodged' }, i18n.t).body).toBe(
      'A new objection was lodged against the published project "智能装备产业园". Please re-review it.',
    );
  });
});

describe('describeNotification (credit confirmed)', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });

  it("opens the filing for the unit's filers but the portal for the association's users, who cannot open a filing", () => {
    const confirmed: NotificationDto = { ...base, kind: 'CreditConfirmed', reason: '北京常德商会' };
    expect(describeNotification(confirmed, i18n.t, ['Filer']).link).toBe('/filings/f1');
    expect(describeNotification(confirmed, i18n.t).link).toBe('/filings/f1');
    expect(describeNotification(confirmed, i18n.t, ['Association']).link).toBe('/association');
  });
});

describe('describeNotification (promotion events)', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });

  it('tells the association its proposed event was confirmed, or rejected with the reason, and opens the portal', () => {
    const confirmed = describeNotification({ ...base, kind: 'EventDecided', filingId: undefined, projectName: '在京常德籍企业家座谈会' }, i18n.t);
    expect(confirmed.title).toBe('招商活动已确认');
    expect(confirmed.body).toBe('您商会提报的招商活动“在京常德籍企业家座谈会”已由中心确认。');
    expect(confirmed.link).toBe('/association');
    const rejected = describeNotification({ ...base, kind: 'EventDecided', filingId: undefined, projectName: '联谊茶话会', reason: '不属于招商活动。' }, i18n.t);
    expect(rejected.title).toBe('招商活动未予确认');
    expect(rejected.body).toBe('您商会提报的招商活动“联谊茶话会”未予确认：不属于招商活动。');
  });

  it('words them in English too', async () => {
    await changeLanguage('en-US');
    const rejected = describeNotification({ ...base, kind: 'EventDecided', filingId: undefined, projectName: 'Tea party', reason: 'Not a promotion event.' }, i18n.t);
    expect(rejected.body).toBe('The center did not confirm the promotion event “Tea party” your association proposed: Not a promotion event.');
  });
});
