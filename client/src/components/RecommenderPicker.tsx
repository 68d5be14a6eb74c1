import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type RecommenderOptionDto } from '../api';

export type RegistryRecommenderKind = 'Ambassador' | 'Native';

/** An option's label: the name with what tells namesakes apart (certificate number, organisation or company). */
export function recommenderLabel(o: RecommenderOptionDto): string {
  const detail = [o.certificateNumber, o.company].filter(Boolean).join('，');
  return detail ? `${o.name}（${detail}）` : o.name;
}

/**
 * Picks an ambassador (this year's appointments) or a notable native by name, searched on the server as the user types (the
 * answer is bounded: typing narrows it). Works as a Form.Item's control (`value` is the person's id). `currentName` labels a
 * value that the current answer does not hold (an existing claim's recommender).
 */
export function RecommenderPicker({
  kind,
  value,
  onChange,
  currentName,
  testId,
}: {
  kind: RegistryRecommenderKind;
  value?: string;
  onChange?: (value: string | undefined) => void;
  currentName?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const options = useQuery({
    queryKey: ['people', 'recommenders', kind, search],
    queryFn: ({ signal }) => api.people.recommenders(kind, search, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const rows = (options.data ?? []).map((o) => ({ value: o.id, label: recommenderLabel(o) }));
  if (value && currentName && !rows.some((r) => r.value === value)) rows.unshift({ value, label: currentName });
  return (
    <Select
      allowClear
      showSearch
      value={value}
      onChange={(v?: string) => onChange?.(v)}
      filterOption={false}
      onSearch={setTyped}
      loading={options.isFetching}
      options={rows}
      placeholder={t(kind === 'Ambassador' ? 'credits.pickAmbassador' : 'credits.pickNative')}
      notFoundContent={options.isFetching ? undefined : t(kind === 'Ambassador' ? 'credits.noAmbassador' : 'credits.noNative')}
      data-testid={testId}
    />
  );
}
