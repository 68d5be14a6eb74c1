import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { routes } from '../../routes';
import { mockFetch, renderRoutes, type MockResponse } from '../../test/utils';

const reviewer = { id: '1', userName: 'reviewer', displayName: '审核员', roles: ['Reviewer'] };
const ambassador = {
  id: 'a1',
  year: 2026,
  name: '陈志远',
  certificateNumber: 'CD-ZSDS-2026-001',
  phone: '13800000001',
  email: null,
  organisation: '深圳远航新能源科技有限公司',
  title: '董事长',
  cityRegionCode: '440300',
  cityName: '深圳市',
  industryChainId: null,
  industryChainName: null,
  associationId: null,
  associationName: null,
  appointedOn: '2026-03-18',
  note: null,
  version: 2,
  createdAt: '2026-03-18T02:00:00Z',
};

function setup(path: string, answer: (url: string, init: RequestInit) => MockResponse | undefined) {
  const { calls } = mockFetch((url, init) => {
    if (url === '/api/auth/me') return { status: 200, body: reviewer };
    if (url.startsWith('/api/ambassadors?')) return { status: 200, body: { items: [ambassador], page: 1, pageSize: 20, totalCount: 1 } };
    return answer(url, init);
  });
  renderRoutes(routes, path);
  return calls;
}

describe('AmbassadorsPage', () => {
  beforeAll(async () => {
    await import('./AmbassadorsPage');
    await import('./AmbassadorCertificatePage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists the appointments with their certificate numbers and filters by name on the server', async () => {
    const calls = setup('/admin/ambassadors', () => undefined);
    expect(await screen.findByText('CD-ZSDS-2026-001', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('深圳远航新能源科技有限公司 董事长')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByTestId('ambassador-search'), '陈{Enter}');
    await waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/ambassadors?page=1&pageSize=20&search=%E9%99%88'));
  });

  it('shows a taken certificate number as the server says and keeps the form open', async () => {
    const calls = setup('/admin/ambassadors', (url, init) =>
      url === '/api/ambassadors' && init.method === 'POST'
        ? { status: 409, body: { status: 409, title: 'Conflict', code: 'ambassador.certificate-exists', detail: '该年度已有招商大使使用此证书编号。' } }
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('ambassador-create', undefined, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByTestId('ambassador-name'), '刘晓梅');
    await user.type(within(dialog).getByTestId('ambassador-certificate-number'), 'CD-ZSDS-2026-001');
    await user.click(within(dialog).getByTestId('ambassador-save'));
    expect(await screen.findByText(/该年度已有招商大使使用此证书编号/)).toBeInTheDocument();
    const post = calls.find((c) => c.init.method === 'POST' && c.url === '/api/ambassadors')!;
    expect(JSON.parse(post.init.body as string)).toMatchObject({ year: new Date().getFullYear(), name: '刘晓梅', certificateNumber: 'CD-ZSDS-2026-001' });
  });

  it('falls back to the print page when the server has no Chinese font for the PDF', async () => {
    setup('/admin/ambassadors', (url) => {
      if (url === '/api/ambassadors/a1/certificate.pdf')
        return { status: 409, body: { status: 409, title: 'Conflict', code: 'certificate.font-missing', detail: 'no font' } };
      if (url === '/api/ambassadors/a1') return { status: 200, body: { ambassador, credits: [], leads: [], issuerCityName: '岳阳市' } };
      return undefined;
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('ambassador-certificate', undefined, { timeout: 15_000 }));
    const page = await screen.findByTestId('certificate-page', undefined, { timeout: 15_000 });
    // The appointing city is the server's (its configured home city), not a constant of the page.
    expect(within(page).getByText('兹聘请 陈志远 为岳阳市2026年度招商大使。')).toBeInTheDocument();
    expect(within(page).getByTestId('certificate-issuer')).toHaveTextContent('岳阳市人民政府');
    expect(within(page).getByText(/CD-ZSDS-2026-001/)).toBeInTheDocument();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(screen.getByTestId('certificate-print'));
    expect(print).toHaveBeenCalled();
  });

  it("opens an ambassador's credited projects and the leads they brought", async () => {
    setup('/admin/ambassadors', (url) =>
      url === '/api/ambassadors/a1'
        ? {
            status: 200,
            body: {
              ambassador,
              credits: [{ creditId: 'c1', filingId: 'f1', projectName: '远航储能产业园', status: 'Confirmed', proposedAt: '2026-05-01T02:00:00Z' }],
              leads: [{ leadId: 'l1', companyName: '深圳远航新材料股份有限公司', status: 'Assigned', assignedUnitName: '武陵区', createdAt: '2026-04-01T02:00:00Z' }],
              issuerCityName: '常德市',
            },
          }
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('ambassador-detail', undefined, { timeout: 15_000 }));
    const drawer = await screen.findByTestId('ambassador-detail-drawer');
    const credit = await within(drawer).findByTestId('ambassador-credit');
    expect(credit).toHaveTextContent('远航储能产业园');
    expect(credit).toHaveTextContent('已确认');
    const lead = within(drawer).getByTestId('ambassador-lead');
    expect(lead).toHaveTextContent('深圳远航新材料股份有限公司');
    expect(lead).toHaveTextContent('已交办');
    expect(lead).toHaveTextContent('承办单位：武陵区');
  });
});
