import { ExportOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { menuSections, type NavItem } from './menu';
import { NavIcon } from './NavIcon';

function toMenuItem(item: NavItem, label: (item: NavItem) => string, badge: (item: NavItem) => ReactNode) {
  const text = label(item);
  return {
    key: item.key,
    icon: <NavIcon name={item.icon} />,
    'data-testid': item.testId,
    title: text,
    label: item.external ? (
      <a href={item.path} target="_blank" rel="noopener noreferrer">
        {text} <ExportOutlined style={{ fontSize: 11, opacity: 0.7 }} />
      </a>
    ) : (
      <>
        {text}
        {badge(item)}
      </>
    ),
  };
}

/**
 * The menu's sections (menuSections) as antd items: a long menu as `type: 'group'` headings over their items; when the side
 * bar is collapsed to icons a heading would not fit, so the groups are parted by dividers instead. Every item keeps its
 * key and data-testid either way.
 */
export function toMenuItems(
  items: NavItem[],
  label: (item: NavItem) => string,
  badge: (item: NavItem) => ReactNode,
  groupLabel: (labelKey: string) => string,
  collapsed = false,
): MenuProps['items'] {
  const result: NonNullable<MenuProps['items']> = [];
  for (const section of menuSections(items)) {
    const children = section.items.map((i) => toMenuItem(i, label, badge));
    if (!section.group || !section.labelKey) result.push(...children);
    else if (collapsed) result.push({ type: 'divider', key: `divider-${section.group}` }, ...children);
    else
      result.push({
        type: 'group',
        key: `group-${section.group}`,
        label: <span data-testid={`menu-group-${section.group}`}>{groupLabel(section.labelKey)}</span>,
        children,
      });
  }
  return result;
}
