import type { SourceOrigin } from '../api';

/** The five classes of a source of investment seen from the home city (本市/省内市外/省外境内/港澳台/外国), in the order the seeds count them. */
export const SOURCE_ORIGINS: SourceOrigin[] = ['HomeCity', 'HomeProvince', 'OtherProvince', 'HongKongMacaoTaiwan', 'Abroad'];

/** What a rolled-up source region is: a mainland province, 港澳台 (outside the mainland), or a country abroad. */
export type RegionSide = 'Mainland' | 'HongKongMacaoTaiwan' | 'Abroad';

export const regionSide = (origin?: SourceOrigin): RegionSide | undefined =>
  origin === 'HongKongMacaoTaiwan' || origin === 'Abroad' ? origin : origin ? 'Mainland' : undefined;
