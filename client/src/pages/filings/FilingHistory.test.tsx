import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import '../../i18n';
import { FilingHistory } from './FilingHistory';

const edit = {
  id: 'h1',
  at: '2026-11-23T01:00:00Z',
  actorId: undefined,
  actorName: 'filer',
  actorDisplayName: '张填报',
  action: 'Edited' as const,
  reason: undefined,
  changes: JSON.stringify({ plannedTotalInvestment: [1500000000, 19999999.99], plannedFixedAssetInvestment: [null, 0.01], projectName: ['甲', '乙'] }),
};

const attached = { ...edit, id: 'h2', action: 'FileAttached' as const, changes: JSON.stringify({ attachment: [null, '投资协议 (盖章).pdf (Agreement)'] }) };
const removed = { ...edit, id: 'h3', action: 'FileRemoved' as const, changes: JSON.stringify({ attachment: ['现场.jpg (Photo)', null] }) };

describe('FilingHistory', () => {
  beforeEach(async () => {
    await changeLanguage('zh-CN');
  });

  it('shows amount changes in 万元 under their 万元 labels, exactly', () => {
    render(<FilingHistory history={[edit]} />);
    expect(screen.getByText('计划总投资（万元）：150,000.00 → 1,999.999999')).toBeInTheDocument();
    expect(screen.getByText('计划固定资产投资（万元）：— → 0.000001')).toBeInTheDocument();
    expect(screen.getByText('项目名称：甲 → 乙')).toBeInTheDocument();
  });

  it('names the unit in English too', async () => {
    await changeLanguage('en-US');
    render(<FilingHistory history={[edit, attached]} />);
    expect(screen.getByText('Planned total investment (10k yuan): 150,000.00 → 1,999.999999')).toBeInTheDocument();
    expect(screen.getByText('Attachment: — → 投资协议 (盖章).pdf (Agreement)')).toBeInTheDocument();
  });

  it('names an attachment kind in Chinese, not as the server code', () => {
    render(<FilingHistory history={[attached, removed]} />);
    expect(screen.getByText('附件：— → 投资协议 (盖章).pdf（协议）')).toBeInTheDocument();
    expect(screen.getByText('附件：现场.jpg（照片） → —')).toBeInTheDocument();
    expect(screen.queryByText(/Agreement|Photo/)).toBeNull();
  });
});
