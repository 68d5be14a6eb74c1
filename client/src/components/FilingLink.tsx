import { Tooltip } from 'antd';
import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, type NavigateFunction } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { filingPath } from '../lib/filingPath';

/*
 * A project name in a list: a real link (<a href> through the router), so Tab reaches it and Ctrl/middle-click opens the
 * filing in a new tab; one line with an ellipsis at a maximum width, and the whole name in a tooltip (on hover and on
 * keyboard focus) when it is cut, so a long name never pushes 状态 and 审核截止 off the screen.
 */

const ONE_LINE: CSSProperties = {
  display: 'inline-block',
  maxWidth: '100%',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  verticalAlign: 'bottom',
};

/** The tooltip shows only when the text is cut. */
function useCutTooltip<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  const [open, setOpen] = useState(false);
  const show = () => {
    const el = ref.current;
    setOpen(!!el && el.scrollWidth > el.clientWidth);
  };
  return { ref, open, handlers: { onMouseEnter: show, onFocus: show, onMouseLeave: () => setOpen(false), onBlur: () => setOpen(false) } };
}

export const DEFAULT_NAME_WIDTH = 260;

/** A filing's project name linking to the page the user reads it on (lib/filingPath), or to `to`. */
export function FilingLink({
  id,
  name,
  to,
  state,
  maxWidth = DEFAULT_NAME_WIDTH,
  testId,
}: {
  id: string;
  name?: string | null;
  /** Another target than the user's filing page (e.g. the reviewer's page for an objection). */
  to?: string;
  /** Router state handed to the page (the review queue's context for 下一条). */
  state?: unknown;
  maxWidth?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const text = name || t('lists.unnamed');
  const { ref, open, handlers } = useCutTooltip<HTMLAnchorElement>();
  return (
    <Tooltip title={text} open={open}>
      <Link
        ref={ref}
        to={to ?? filingPath(id, user?.roles ?? [])}
        state={state}
        style={{ ...ONE_LINE, maxWidth }}
        data-testid={testId}
        data-filing-id={id}
        // The row may open the filing on click too: the link does it (or the browser, for a new tab), not both.
        onClick={(e) => e.stopPropagation()}
        {...handlers}
      >
        {text}
      </Link>
    </Tooltip>
  );
}

/** Any other long text in a table cell (a unit's name): one line, an ellipsis at `maxWidth`, the whole text in a tooltip when cut. */
export function EllipsisText({ children, maxWidth = 180 }: { children: ReactNode; maxWidth?: number }) {
  const { ref, open, handlers } = useCutTooltip<HTMLSpanElement>();
  return (
    <Tooltip title={children} open={open}>
      <span ref={ref} style={{ ...ONE_LINE, maxWidth }} {...handlers}>
        {children}
      </span>
    </Tooltip>
  );
}

/**
 * antd Table `onRow` for rows that open a page on click, beside the row's real link (which keyboards and new tabs use). A click on
 * a link, button or control inside the row is theirs; Ctrl/⌘-click on the row opens the page in a new tab like the link would.
 */
export function openRowOnClick<T>(navigate: NavigateFunction, to: (row: T, index: number | undefined) => string, state?: (row: T, index: number | undefined) => unknown) {
  return (row: T, index?: number) => ({
    onClick: (e: MouseEvent<HTMLElement>) => {
      if ((e.target as HTMLElement).closest('a, button, input, label, .ant-select, .ant-checkbox')) return;
      const path = to(row, index);
      if (e.ctrlKey || e.metaKey) window.open(path, '_blank', 'noopener');
      else void navigate(path, { state: state?.(row, index) });
    },
    style: { cursor: 'pointer' },
  });
}
