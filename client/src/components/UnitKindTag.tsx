import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitKind } from '../api';

const KIND_COLORS: Record<UnitKind, string> = { Center: 'geekblue', County: 'green', Park: 'purple' };

export function UnitKindTag({ kind }: { kind: UnitKind }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLORS[kind]}>{t(`unitKind.${kind}`)}</Tag>;
}
