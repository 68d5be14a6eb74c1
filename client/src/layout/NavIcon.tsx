import {
  AimOutlined,
  ContactsOutlined,
  IdcardOutlined,
  ApartmentOutlined,
  BulbOutlined,
  ApiOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  ExclamationCircleOutlined,
  FileTextOutlined,
  FundProjectionScreenOutlined,
  HomeOutlined,
  KeyOutlined,
  ScheduleOutlined,
  TeamOutlined, TrophyOutlined,
  UserOutlined,
  CarryOutOutlined,
  SoundOutlined,
  NodeIndexOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import type { NavIcon as NavIconName } from './menu';

const ICONS: Record<NavIconName, typeof DashboardOutlined> = {
  dashboard: DashboardOutlined,
  units: BankOutlined,
  users: UserOutlined,
  apiKeys: KeyOutlined,
  webhooks: ApiOutlined,
  audit: AuditOutlined,
  jobs: ScheduleOutlined,
  reference: DatabaseOutlined,
  review: CarryOutOutlined,
  filings: FileTextOutlined,
  myUnit: HomeOutlined,
  reserve: FundProjectionScreenOutlined,
  analysis: BarChartOutlined,
  association: TeamOutlined,
  rewards: TrophyOutlined,
  ambassadors: IdcardOutlined,
  natives: ContactsOutlined,
  targeting: AimOutlined,
  leads: BulbOutlined,
  calendar: CalendarOutlined,
  publications: SoundOutlined,
  objections: ExclamationCircleOutlined,
  projects: NodeIndexOutlined,
  verification: SafetyCertificateOutlined,
};

export function NavIcon({ name }: { name: NavIconName }) {
  const Icon = ICONS[name] ?? ApartmentOutlined;
  return <Icon />;
}
