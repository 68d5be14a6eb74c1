import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FilingDto } from '../../api';
import { changeLanguage } from '../../i18n';
import { maySeeContacts } from '../../lib/contacts';
import { renderRoutes } from '../../test/utils';
import { FilingFieldsView } from './FilingFieldsView';

const options = { regionName: () => '广东省', chainName: () => '先进装备制造', associationName: () => '—' } as unknown as Parameters<typeof FilingFieldsView>[0]['options'];

const filing = {
  id: 'f1',
  unitId: 'u1',
  projectName: '智能装备产业园',
  foreignInvestor: false,
  recommenderName: '李引荐',
  recommenderContact: '13912345678',
  contactName: '王联系',
  contactPhone: '0736-7654321',
  status: 'UnderReview',
  reviewDueProvisional: false,
  version: 1,
  createdAt: '2026-11-20T00:00:00Z',
  attachmentCount: 0,
  history: [],
} as unknown as FilingDto;

describe('FilingFieldsView and the contacts rule', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });

  it('follows the server: the unit, reviewers and admins read contacts, leaders do not', () => {
    expect(maySeeContacts(['Filer'])).toBe(true);
    expect(maySeeContacts(['Reviewer'])).toBe(true);
    expect(maySeeContacts(['Admin'])).toBe(true);
    expect(maySeeContacts(['Leader'])).toBe(false);
    expect(maySeeContacts([])).toBe(false);
  });

  it('shows the contact rows to those who may read them', async () => {
    renderRoutes([{ path: '/', element: <FilingFieldsView f={filing} options={options} showContacts /> }], '/');
    const fields = await screen.findByTestId('filing-fields');
    expect(fields).toHaveTextContent('联系人');
    expect(fields).toHaveTextContent('0736-7654321');
    expect(fields).toHaveTextContent('13912345678');
  });

  it('shows no contact rows at all, not empty ones, to a reader the rule leaves out', async () => {
    const hidden = { ...filing, recommenderContact: undefined, contactName: undefined, contactPhone: undefined } as FilingDto;
    renderRoutes([{ path: '/', element: <FilingFieldsView f={hidden} options={options} showContacts={false} /> }], '/');
    const fields = await screen.findByTestId('filing-fields');
    expect(fields).not.toHaveTextContent('联系人');
    expect(fields).not.toHaveTextContent('联系电话');
    expect(fields).toHaveTextContent('李引荐');
  });

  it('names the filing unit (载体单位)', async () => {
    renderRoutes([{ path: '/', element: <FilingFieldsView f={filing} options={options} showContacts unitName="武陵区" /> }], '/');
    const fields = await screen.findByTestId('filing-fields');
    expect(fields).toHaveTextContent('载体单位');
    expect(screen.getByTestId('filing-unit')).toHaveTextContent('武陵区');
  });
});
