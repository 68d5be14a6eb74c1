import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingFilter } from '../api';
import { SOURCE_ORIGINS } from '../lib/sourceOrigin';
import { useFilingOptions } from '../lib/useFilingOptions';

/**
 * The list filters on the investor's source: a province (its cities count too) or a country, and the class seen from the home
 * city (本市/省内市外/省外境内/港澳台/外国). Shared by the filing list and the review queue.
 */
export function SourceFilters({
  value,
  onChange,
  width = 150,
}: {
  value: Pick<FilingFilter, 'sourceRegionCode' | 'sourceOrigin'>;
  onChange: (patch: Pick<FilingFilter, 'sourceRegionCode' | 'sourceOrigin'>) => void;
  width?: number;
}) {
  const { t } = useTranslation();
  const options = useFilingOptions();
  return (
    <>
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('filings.sourceRegionFilter')}
        aria-label={t('filings.sourceRegionFilter')}
        style={{ width }}
        value={value.sourceRegionCode}
        onChange={(sourceRegionCode) => onChange({ sourceRegionCode })}
        options={[
          { label: t('filings.provinces'), options: options.provinceOptions },
          { label: t('filings.countries'), options: options.countryOptions },
        ]}
        data-testid="filter-source-region"
      />
      <Select
        allowClear
        placeholder={t('filings.sourceOrigin')}
        aria-label={t('filings.sourceOrigin')}
        style={{ width }}
        value={value.sourceOrigin}
        onChange={(sourceOrigin) => onChange({ sourceOrigin })}
        options={SOURCE_ORIGINS.map((o) => ({ value: o, label: t(`origin.${o}`) }))}
        data-testid="filter-source-origin"
      />
    </>
  );
}
