import { Space } from 'antd';
import { LeadsSection } from './LeadsSection';
import { RewardsSection } from './RewardsSection';

/**
 * 我的商会: the home page of a user of role Association (its own association only). The `registry` work builds the profile,
 * members, offices and credited projects here; the sections of other work are their own files.
 */
export function AssociationPortalPage() {
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="association-portal">
      <LeadsSection />
      <RewardsSection />
    </Space>
  );
}
