import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { routes } from '../routes';
import { mockFetch, renderRoutes, stubXhr } from '../test/utils';

const summary = {
  id: 'p1',
  year: 2025,
  number: 12,
  label: '2025年第12期',
  weekStart: '2025-03-03',
  weekEnd: '2025-03-09',
  publishedAt: '2025-03-10T01:00:00Z',
  publishedOn: '2025-03-10',
  publicityWorkingDays: 5,
  publicityEndsOn: '2025-03-17',
  entryCount: 1,
};
const publication = {
  ...summary,
  acceptsObjections: false,
  entries: [
    {
      id: 'e1',
      position: 1,
      projectName: '新能源电池项目',
      investorName: '某某新能源有限公司',
      unitName: '武陵区',
      industryChainName: '新能源',
      sourceRegionName: '广东省',
      plannedTotalInvestment: 1_500_000_000,
      stage: 'Signed',
      status: 'Listed',
    },
  ],
};

describe('public publications', () => {
  beforeAll(async () => {
    await import('./PublicPublicationsPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists the publications to an anonymous visitor without sending them to /login', async () => {
    const { calls } = mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 401, body: { status: 401 } };
      if (url.startsWith('/api/public/publications')) return { status: 200, body: { items: [summary], page: 1, pageSize: 20, totalCount: 1 } };
      return undefined;
    });
    const { router } = renderRoutes(routes, '/public/publications');
    expect(await screen.findByText('2025年第12期')).toBeInTheDocument();
    expect(screen.getByText('公示期：2025-03-10 至 2025-03-17（公示日后 5 个工作日）')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/public/publications');
    expect(calls.some((c) => c.url.startsWith('/api/publications'))).toBe(false);
  });

  it('links each published evaluation 榜单 from the public page, newest first', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 401, body: { status: 401 } };
      if (url.startsWith('/api/public/publications')) return { status: 200, body: { items: [summary], page: 1, pageSize: 20, totalCount: 1 } };
      if (url === '/api/public/evaluations')
        return { status: 200, body: [{ year: 2025, revision: 1, publishedAt: '2025-12-20T02:00:00Z', revisedAt: undefined, publishedCount: 10 }] };
      return undefined;
    });
    renderRoutes(routes, '/public/publications');
    const link = await screen.findByTestId('public-evaluation-link-2025');
    expect(link).toHaveTextContent('2025 年度');
    expect(link).toHaveAttribute('href', '/public/evaluations/2025');
  });

  it('shows one publication with its projects and publicity period', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 401, body: { status: 401 } };
      if (url === '/api/public/publications/p1') return { status: 200, body: publication };
      return undefined;
    });
    renderRoutes(routes, '/public/publications/p1');
    expect(await screen.findByText('新能源电池项目')).toBeInTheDocument();
    expect(screen.getByText('某某新能源有限公司')).toBeInTheDocument();
    expect(screen.getByText('150,000.00')).toBeInTheDocument();
    expect(screen.getAllByText(/2025-03-17/).length).toBeGreaterThan(0);
  });

  it('says 公示期 once: the detail grid\'s label, then the dates alone', async () => {
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 401, body: { status: 401 } };
      if (url === '/api/public/publications/p1') return { status: 200, body: publication };
      return undefined;
    });
    renderRoutes(routes, '/public/publications/p1');
    const info = await screen.findByTestId('publication-info');
    expect(info.textContent?.match(/公示期/g)).toHaveLength(1);
    expect(info).toHaveTextContent('2025-03-10 至 2025-03-17（公示日后 5 个工作日）');
    // The way to 异议查询 is part of the info box's text, not an action squeezing it.
    const alert = screen.getByTestId('objections-closed');
    expect(alert.querySelector('.ant-alert-action')).toBeNull();
    expect(within(alert).getByTestId('public-objection-status-link')).toHaveAttribute('href', '/public/objections/status');
  });

  it("shows each entry's status as a tag and, after the publicity period, no objection button", async () => {
    const entry = publication.entries[0];
    const statuses = ['Listed', 'UnderReReview', 'ObjectionDismissed', 'Revoked', 'Returned'];
    const closed = { ...publication, entryCount: 5, entries: statuses.map((status, i) => ({ ...entry, id: `e${i}`, position: i + 1, projectName: `项目${i}`, status })) };
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 401, body: { status: 401 } };
      if (url === '/api/public/publications/p1') return { status: 200, body: closed };
      return undefined;
    });
    renderRoutes(routes, '/public/publications/p1');
    expect(await screen.findByText('项目4')).toBeInTheDocument();
    const tag = (i: number) => within(screen.getByText(`项目${i}`).closest('tr') as HTMLElement);
    expect(tag(0).getByText('公示中')).toBeInTheDocument();
    expect(tag(1).getByText('复核中')).toBeInTheDocument();
    expect(tag(2).getByText('异议不成立')).toBeInTheDocument();
    expect(tag(3).getByText('已撤销备案')).toBeInTheDocument();
    expect(tag(4).getByText('退回修改')).toBeInTheDocument();
    expect(screen.getByTestId('objections-closed')).toHaveTextContent('本期公示期已结束，不再受理异议');
    expect(screen.queryByRole('button', { name: '提出异议' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: '异议查询' })[0]).toHaveAttribute('href', '/public/objections/status');
  });

  it('offers 提出异议 during the publicity period only on entries that still stand', async () => {
    const entry = publication.entries[0];
    const open = {
      ...publication,
      acceptsObjections: true,
      entries: [
        { ...entry, id: 'e1', projectName: '仍在公示', status: 'ObjectionDismissed' },
        { ...entry, id: 'e2', position: 2, projectName: '已撤销', status: 'Revoked' },
      ],
    };
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 401, body: { status: 401 } };
      if (url === '/api/public/publications/p1') return { status: 200, body: open };
      return undefined;
    });
    renderRoutes(routes, '/public/publications/p1');
    const row = (await screen.findByText('仍在公示')).closest('tr') as HTMLElement;
    expect(within(row).getByRole('button', { name: '提出异议' })).toBeInTheDocument();
    expect(within(screen.getByText('已撤销').closest('tr') as HTMLElement).queryByRole('button', { name: '提出异议' })).not.toBeInTheDocument();
    expect(screen.getByTestId('objections-open')).toHaveTextContent('公示期内（至 2025-03-17）');
  });
});

describe('lodging an objection', () => {
  const open = { ...publication, acceptsObjections: true };
  const lodged = {
    receiptCode: '7K2M-Q9XD-4TBH-WN3R',
    lodgedAt: '2025-03-11T02:30:00Z',
    status: 'Pending',
    projectName: '新能源电池项目',
    publicationLabel: '2025年第12期',
    publicityEndsOn: '2025-03-17',
  };

  beforeAll(async () => {
    await import('./PublicPublicationsPage');
  });
  beforeEach(async () => {
    await changeLanguage('zh-CN');
    mockFetch((url) => {
      if (url === '/api/auth/me') return { status: 401, body: { status: 401 } };
      if (url === '/api/public/publications/p1') return { status: 200, body: open };
      return undefined;
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  async function openForm(options?: Parameters<typeof userEvent.setup>[0]) {
    const user = userEvent.setup(options);
    renderRoutes(routes, '/public/publications/p1');
    await user.click(await screen.findByRole('button', { name: '提出异议' }));
    expect(await screen.findByText('对“新能源电池项目”提出异议')).toBeInTheDocument();
    await user.type(screen.getByTestId('objection-name'), '王先生');
    await user.type(screen.getByTestId('objection-contact'), '1380013');
    await user.type(screen.getByTestId('objection-text'), '该项目投资方实际并未签约，公示信息不实。');
    return user;
  }

  it("shows the server's field errors on the fields, then the receipt code once it is accepted", async () => {
    const sent = stubXhr(
      {
        status: 400,
        body: {
          status: 400,
          code: 'validation.failed',
          title: '提交的数据有误',
          errors: { contact: ['请填写有效的手机号码、固定电话或电子邮箱。'], text: ['异议内容须为 10 到 2000 个字。'] },
        },
      },
      { status: 201, body: lodged },
    );
    const user = await openForm();
    expect(screen.getByText('20 / 2000')).toBeInTheDocument(); // the counter

    await user.click(screen.getByTestId('objection-submit'));
    const contactItem = (await screen.findByText('请填写有效的手机号码、固定电话或电子邮箱。')).closest('.ant-form-item') as HTMLElement;
    expect(within(contactItem).getByTestId('objection-contact')).toBeInTheDocument();
    const textItem = screen.getByText('异议内容须为 10 到 2000 个字。').closest('.ant-form-item') as HTMLElement;
    expect(within(textItem).getByTestId('objection-text')).toBeInTheDocument();
    expect(sent[0].url).toBe('/api/public/publications/p1/entries/e1/objections');
    expect(sent[0].form.get('objectorName')).toBe('王先生');
    expect(sent[0].form.get('contact')).toBe('1380013');
    expect(sent[0].form.get('file')).toBeNull();

    await user.clear(screen.getByTestId('objection-contact'));
    await user.type(screen.getByTestId('objection-contact'), 'wang@example.com');
    await user.click(screen.getByTestId('objection-submit'));

    expect(await screen.findByTestId('objection-receipt-code')).toHaveTextContent('7K2M-Q9XD-4TBH-WN3R');
    expect(sent[1].form.get('contact')).toBe('wang@example.com');
    expect(screen.getByRole('button', { name: /复制回执码/ })).toBeInTheDocument();
    expect(screen.getByText(/它只显示这一次/)).toBeInTheDocument();
    await user.click(screen.getByTestId('objection-receipt-done'));
    await waitFor(() => expect(screen.queryByTestId('objection-receipt-code')).not.toBeInTheDocument());
    // The entry objected to is now shown under re-review.
    expect(within(screen.getByText('新能源电池项目').closest('tr') as HTMLElement).getByText('复核中')).toBeInTheDocument();
  });

  it('sends the evidence file with upload progress', async () => {
    const sent = stubXhr({ status: 201, body: lodged });
    const user = await openForm();
    const input = document.querySelector('.ant-modal input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['%PDF-1.7'], '合同.pdf', { type: 'application/pdf' }));
    expect(await screen.findByTestId('objection-evidence-file')).toHaveTextContent('合同.pdf');

    await user.click(screen.getByTestId('objection-submit'));
    expect(await screen.findByTestId('objection-progress')).toBeInTheDocument();
    expect(await screen.findByTestId('objection-receipt-code')).toHaveTextContent('7K2M-Q9XD-4TBH-WN3R');
    expect((sent[0].form.get('file') as File).name).toBe('合同.pdf');
  });

  it('refuses a file that is not a PDF or an image before sending it', async () => {
    const sent = stubXhr({ status: 201, body: lodged });
    const user = await openForm({ applyAccept: false });
    const input = document.querySelector('.ant-modal input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['x'], '说明.docx'));
    expect(await screen.findByText('只支持 PDF、JPG、PNG、WebP 文件')).toBeInTheDocument();
    expect(screen.queryByTestId('objection-evidence-file')).not.toBeInTheDocument();
    expect(sent).toHaveLength(0);
  });
});
