import { Card } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/**
 * A workbench tile (a shortcut, or a count that opens its list): with `to` it is a real link through the router, so Tab
 * reaches it, Enter opens it, Ctrl/middle-click opens a new tab, and it shows focus; without `to` a plain card. Never a
 * clickable div.
 */
export function LinkTile({
  to,
  children,
  loading,
  testId,
  ariaLabel,
  centered,
}: {
  to?: string;
  children: ReactNode;
  loading?: boolean;
  testId?: string;
  ariaLabel?: string;
  centered?: boolean;
}) {
  const card = (
    <Card size="small" hoverable={!!to} loading={loading} className="link-tile-card" style={centered ? { textAlign: 'center' } : undefined}>
      {children}
    </Card>
  );
  return to ? (
    <Link to={to} className="link-tile" data-testid={testId} aria-label={ariaLabel}>
      {card}
    </Link>
  ) : (
    <div className="link-tile" data-testid={testId}>
      {card}
    </div>
  );
}
