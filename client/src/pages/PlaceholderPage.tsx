import { Card, Result } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** A menu entry whose feature comes in a later release: says so, shows no fake data. */
export function PlaceholderPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Card title={t(titleKey)} className="page-card">
      <Result
        icon={<ClockCircleOutlined style={{ color: '#1f4e9c' }} />}
        title={t('placeholder.comingSoon')}
        subTitle={<span data-testid="placeholder">{t('placeholder.later')}</span>}
      />
    </Card>
  );
}
