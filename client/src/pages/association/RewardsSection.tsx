import { useQuery } from '@tanstack/react-query';
import { Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { rewardsApi } from '../../api';
import { listStates } from '../../components/ListStates';
import { formatWan } from '../../lib/money';
import { outcomeColor } from '../rewards/RewardsPage';

/** The association portal's rewards: its own lines of approved calculations, by year (cards, usable at 375 px). */
export function RewardsSection() {
  const { t } = useTranslation();
  const rewards = useQuery({ queryKey: ['association-portal', 'rewards'], queryFn: ({ signal }) => rewardsApi.portal(signal) });
  return (
    <Card title={t('portal.rewards')} data-testid="portal-rewards">
      <List
        dataSource={rewards.data ?? []}
        rowKey={(y) => String(y.year)}
        {...listStates(rewards, rewards.data, { description: t('rewards.portalEmpty'), hint: t('rewards.portalHint') })}
        renderItem={(year) => (
          <List.Item data-testid={`portal-reward-year-${year.year}`}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{year.year}</Typography.Text>
                <Tag>{t(`rewards.status.${year.status}`)}</Tag>
                <Typography.Text>
                  {t('rewards.payable')}：<strong data-testid="portal-reward-payable">{formatWan(year.payable)}</strong>
                </Typography.Text>
                {year.reduction !== 0 && (
                  <Typography.Text type="secondary">
                    {t('rewards.reduction')}：{formatWan(year.reduction)}
                  </Typography.Text>
                )}
              </Space>
              {year.lines.map((line) => (
                <Space key={line.id} wrap style={{ justifyContent: 'space-between', width: '100%' }} data-testid="portal-reward-line">
                  <Typography.Text ellipsis style={{ maxWidth: 200 }}>
                    {line.projectName ?? t('rewards.capReductionLine')}
                  </Typography.Text>
                  <Tag color={outcomeColor(line.outcome)}>{t(`rewards.outcomes.${line.outcome}`)}</Tag>
                  <Typography.Text>{formatWan(line.amount)}</Typography.Text>
                </Space>
              ))}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
