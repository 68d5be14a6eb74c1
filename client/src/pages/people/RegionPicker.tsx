import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegionNode } from '../../lib/useFilingOptions';

/** A region of the region list (a province, a city or a country), searchable by name, English name and code. */
export function RegionPicker({
  value,
  onChange,
  tree,
  loading,
  placeholder,
  testId,
  style,
}: {
  value?: string;
  onChange?: (code?: string) => void;
  tree: RegionNode[];
  loading?: boolean;
  placeholder?: string;
  testId?: string;
  style?: React.CSSProperties;
}) {
  const { t } = useTranslation();
  return (
    <TreeSelect<string>
      allowClear
      showSearch
      value={value}
      onChange={(code) => onChange?.(code || undefined)}
      treeData={tree}
      filterTreeNode={(input, node) => (node as unknown as RegionNode).search.includes(input.trim().toLowerCase())}
      placeholder={placeholder ?? t('people.city')}
      listHeight={320}
      loading={loading}
      style={style}
      data-testid={testId}
    />
  );
}
