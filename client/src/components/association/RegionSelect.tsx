import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegionNode } from '../../lib/useFilingOptions';
import { useFilingOptions } from '../../lib/useFilingOptions';

/** A region of the region list (province, city or country), searchable by name, English name or code. */
export function RegionSelect({ value, onChange, testId, placeholder }: { value?: string; onChange?: (code?: string) => void; testId?: string; placeholder?: string }) {
  const { t } = useTranslation();
  const options = useFilingOptions();
  return (
    <TreeSelect<string>
      allowClear
      showSearch
      value={value}
      onChange={onChange}
      treeData={options.regionTree}
      filterTreeNode={(input, node) => (node as unknown as RegionNode).search.includes(input.trim().toLowerCase())}
      placeholder={placeholder ?? t('associations.regionPlaceholder')}
      listHeight={320}
      loading={options.loading}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}
