import { useTranslation } from 'react-i18next';
import { ReserveListView } from '../components/reserve/ReserveListView';

/** 储备项目: the reserve list for leaders' outbound trips, grouped by the investors' source region. */
export function ReservePage() {
  const { t } = useTranslation();
  return <ReserveListView title={t('nav.reserve')} />;
}
