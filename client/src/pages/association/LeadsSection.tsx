import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The association portal's leads: submit a lead, answer the center's opinion requests. A placeholder until the `leads` work
 * replaces this file (the portal page renders it as is).
 */
export function LeadsSection() {
  const { t } = useTranslation();
  return (
    <Card title={t('portal.leads')} data-testid="portal-leads">
      <Empty description={t('placeholder.later')} />
    </Card>
  );
}
