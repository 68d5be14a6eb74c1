import { Descriptions, type DescriptionsProps } from 'antd';
import { useIsMobile } from '../lib/useIsMobile';

/**
 * How every detail view lays out its label–value pairs:
 * - phones (below md): labels above their values, one item a row, unboxed, so a label never shrinks into a column of 3 characters;
 * - tablets and narrow places (md, or `narrow`): one item a row, label beside value;
 * - lg and wider: two items a row, never three, so labels like 计划固定资产投资 and an 18-character credit code stay on one line.
 * Labels never wrap beside their value; long values wrap inside their cell (antd's own rule), so a value that must stay whole
 * (a credit code) is wrapped in `<NoWrap>`. An item that needs the whole row says `span="filled"`.
 */
export function detailGridProps(mobile: boolean, narrow = false): DescriptionsProps {
  return {
    size: 'small',
    // On a phone a plain list reads best: the grey label, then the value; bordered boxes double every row's height.
    bordered: !mobile,
    colon: !mobile,
    className: mobile ? 'detail-grid-stacked' : undefined,
    layout: mobile ? 'vertical' : 'horizontal',
    column: mobile || narrow ? 1 : { xs: 1, sm: 1, md: 1, lg: 2, xl: 2, xxl: 2 },
    styles: mobile ? {} : { label: { whiteSpace: 'nowrap' } },
  };
}

/** antd's Descriptions laid out by {@link detailGridProps}; pass `Descriptions.Item`s as children, as to Descriptions. */
export function DetailGrid({ narrow = false, ...props }: Omit<DescriptionsProps, 'layout' | 'column'> & { narrow?: boolean }) {
  const mobile = useIsMobile();
  const base = detailGridProps(mobile, narrow);
  return <Descriptions {...base} {...props} className={[base.className, props.className].filter(Boolean).join(' ') || undefined} styles={{ ...base.styles, ...props.styles }} />;
}

/** A value that must not break over lines inside a detail grid: a credit code, a receipt code. */
export function NoWrap({ children }: { children: React.ReactNode }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;
}
