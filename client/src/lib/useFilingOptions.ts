import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type SourceRegionDto } from '../api';

const STALE = 10 * 60_000;

/** Industry chains, source regions (provinces and countries) and associations for the filing pickers and labels. */
export function useFilingOptions(withAssociations = false) {
  const { i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  // Every chain, deactivated ones too, so a filing that names one still shows its name; pickers offer the active ones.
  // Under ['industry-chains'] so the admin's changes refresh it.
  const chains = useQuery({
    queryKey: ['industry-chains', 'options'],
    queryFn: ({ signal }) => api.referenceData.industryChains(signal, true),
    staleTime: STALE,
  });
  const provinces = useQuery({ queryKey: ['ref', 'regions', 'Province'], queryFn: ({ signal }) => api.referenceData.regions('Province', signal), staleTime: STALE });
  const countries = useQuery({ queryKey: ['ref', 'regions', 'Country'], queryFn: ({ signal }) => api.referenceData.regions('Country', signal), staleTime: STALE });
  const associations = useQuery({
    queryKey: ['associations', { page: 1, pageSize: 200, purpose: 'options' }],
    queryFn: ({ signal }) => api.associations.list({ page: 1, pageSize: 200 }, signal),
    staleTime: STALE,
    enabled: withAssociations,
  });

  const regionLabel = (r: SourceRegionDto) => (en ? r.nameEn || r.name : r.name);
  const regionByCode = new Map<string, SourceRegionDto>([...(provinces.data ?? []), ...(countries.data ?? [])].map((r) => [r.code, r]));
  const chainById = new Map((chains.data ?? []).map((c) => [c.id, c]));
  const associationById = new Map((associations.data?.items ?? []).map((a) => [a.id, a]));

  return {
    loading: chains.isLoading || provinces.isLoading || countries.isLoading,
    chainOptions: (chains.data ?? []).filter((c) => c.isActive).map((c) => ({ value: c.id, label: en ? c.nameEn || c.name : c.name })),
    provinceOptions: (provinces.data ?? []).map((r) => ({ value: r.code, label: regionLabel(r) })),
    countryOptions: (countries.data ?? []).map((r) => ({ value: r.code, label: regionLabel(r) })),
    associationOptions: (associations.data?.items ?? []).map((a) => ({ value: a.id, label: a.name })),
    isCountry: (code?: string) => !!code && regionByCode.get(code)?.kind === 'Country',
    regionName: (code?: string) => (code ? (regionByCode.has(code) ? regionLabel(regionByCode.get(code)!) : code) : '—'),
    chainName: (id?: string) => {
      if (!id) return '—';
      const c = chainById.get(id);
      return c ? (en ? c.nameEn || c.name : c.name) : '—';
    },
    associationName: (id?: string) => (id ? (associationById.get(id)?.name ?? '—') : '—'),
  };
}
