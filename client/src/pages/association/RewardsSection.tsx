import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** The association portal's approved reward lines. A placeholder until the `rewards` work replaces this file. */
export function RewardsSection() {
  const { t } = useTranslation();
  return (
    <Card title={t('portal.rewards')} data-testid="portal-rewards">
      <Empty description={t('placeholder.later')} />
    </Card>
  );
}
