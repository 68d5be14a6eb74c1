import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type SourceRegionDto } from '../api';
import { isOutsideMainland } from './sourceRegions';

const STALE = 10 * 60_000;

/** A node of the source-region picker: provinces with their cities, then the countries under one branch. */
export interface RegionNode {
  value: string;
  title: string;
  /** Lower-case name, English name and code, for the picker's search. */
  search: string;
  selectable?: boolean;
  disabled?: boolean;
  children?: RegionNode[];
}

/** The value of the picker's countries branch (not a region; not selectable). */
export const COUNTRIES_BRANCH = '__countries';

/** Industry chains, source regions (provinces, their cities, countries) and associations for the filing pickers and labels. */
export function useFilingOptions(withAssociations = false) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  // Every chain, deactivated ones too, so a filing that names one still shows its name; pickers offer the active ones.
  // Under ['industry-chains'] so the admin's changes refresh it.
  const chains = useQuery({
    queryKey: ['industry-chains', 'options'],
    queryFn: ({ signal }) => api.referenceData.industryChains(signal, true),
    staleTime: STALE,
  });
  // Likewise every region (about 650), under ['regions'] so the admin's changes refresh it.
  const regions = useQuery({
    queryKey: ['regions', 'options'],
    queryFn: ({ signal }) => api.referenceData.regions({ includeInactive: true }, signal),
    staleTime: STALE,
  });
  const associations = useQuery({
    queryKey: ['associations', { page: 1, pageSize: 200, purpose: 'options' }],
    queryFn: ({ signal }) => api.associations.list({ page: 1, pageSize: 200 }, signal),
    staleTime: STALE,
    enabled: withAssociations,
  });

  const all = regions.data ?? [];
  const regionLabel = (r: SourceRegionDto) => (en ? r.nameEn || r.name : r.name);
  const regionByCode = new Map<string, SourceRegionDto>(all.map((r) => [r.code, r]));
  const chainById = new Map((chains.data ?? []).map((c) => [c.id, c]));
  const associationById = new Map((associations.data?.items ?? []).map((a) => [a.id, a]));
  const active = (kind: SourceRegionDto['kind']) => all.filter((r) => r.kind === kind && r.isActive);

  // A deactivated region is listed (so a filing that has it shows it) but cannot be chosen.
  const node = (r: SourceRegionDto, children?: RegionNode[]): RegionNode => ({
    value: r.code,
    title: r.isActive ? regionLabel(r) : `${regionLabel(r)}（${t('reference.inactive')}）`,
    search: `${r.name} ${r.nameEn} ${r.code}`.toLowerCase(),
    disabled: !r.isActive,
    children: children && children.length > 0 ? children : undefined,
  });
  const citiesOf = new Map<string, SourceRegionDto[]>();
  for (const r of all) {
    if (r.kind === 'City' && r.parentCode) citiesOf.set(r.parentCode, [...(citiesOf.get(r.parentCode) ?? []), r]);
  }
  const countries = all.filter((r) => r.kind === 'Country');
  const regionTree: RegionNode[] = [
    ...all.filter((r) => r.kind === 'Province').map((p) => node(p, (citiesOf.get(p.code) ?? []).map((c) => node(c)))),
    ...(countries.length > 0
      ? [{ value: COUNTRIES_BRANCH, title: t('filings.countries'), search: '', selectable: false, children: countries.map((c) => node(c)) }]
      : []),
  ];

  const regionName = (code?: string) => {
    if (!code) return '—';
    const r = regionByCode.get(code);
    if (!r) return code;
    const province = r.parentCode ? regionByCode.get(r.parentCode) : undefined;
    return province ? `${regionLabel(province)} / ${regionLabel(r)}` : regionLabel(r);
  };

  return {
    loading: chains.isLoading || regions.isLoading,
    chainOptions: (chains.data ?? []).filter((c) => c.isActive).map((c) => ({ value: c.id, label: en ? c.nameEn || c.name : c.name })),
    provinceOptions: active('Province').map((r) => ({ value: r.code, label: regionLabel(r) })),
    countryOptions: active('Country').map((r) => ({ value: r.code, label: regionLabel(r) })),
    regionTree,
    associationOptions: (associations.data?.items ?? []).map((a) => ({ value: a.id, label: a.name })),
    /** 港澳台 or abroad: no mainland credit code needed (the server's SourceRegionCodes.IsOutsideMainland). */
    isOutsideMainland: (code?: string) => isOutsideMainland(code),
    regionName,
    chainName: (id?: string) => {
      if (!id) return '—';
      const c = chainById.get(id);
      return c ? (en ? c.nameEn || c.name : c.name) : '—';
    },
    associationName: (id?: string) => (id ? (associationById.get(id)?.name ?? '—') : '—'),
  };
}
