import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingHistoryDto } from '../../api';
import { formatWan } from '../../lib/money';
import { formatDateTime } from '../../lib/time';

const HISTORY_COLORS: Record<string, string> = {
  Approved: 'green',
  Returned: 'orange',
  Revoked: 'red',
  Withdrawn: 'gray',
  Submitted: 'blue',
  Resubmitted: 'blue',
  ObjectionReceived: 'orange',
  ObjectionDismissed: 'green',
  ObjectionUpheld: 'red',
  DeadlineRecomputed: 'gold',
  StageProgressed: 'green',
};

/** Keys of a history entry's changes that are not shown (an objection's id means nothing to a reader). */
const HIDDEN_CHANGES = new Set(['objection']);

/** Amount fields of a history entry's changes (yuan in the JSON): shown in 万元 under their 万元 labels, like everywhere else. */
const AMOUNT_LABELS: Record<string, string> = {
  plannedTotalInvestment: 'filings.plannedTotal',
  plannedFixedAssetInvestment: 'filings.plannedFixed',
};

/** An attachment as the server records it in a history entry, "协议.pdf (Agreement)", with its kind in the reader's language. */
function useAttachmentText() {
  const { t } = useTranslation();
  return (recorded: string) => {
    const m = /^(.*) \((\w+)\)$/s.exec(recorded);
    return m ? t('filings.attachmentChange', { name: m[1], kind: t(`attachmentKind.${m[2]}`, { defaultValue: m[2] }) }) : recorded;
  };
}

/** "What changed" of a history entry: the server's JSON, shown as field: value lines ([before, after] as before → after). */
function Changes({ json }: { json?: string }) {
  const { t } = useTranslation();
  const attachmentText = useAttachmentText();
  if (!json) return null;
  let lines: string[];
  try {
    const v = JSON.parse(json) as unknown;
    const value = (k: string, x: unknown) =>
      x === null || x === undefined
        ? '—'
        : k === 'status'
          ? t(`filingStatus.${String(x)}`)
          : k in AMOUNT_LABELS && typeof x === 'number'
            ? formatWan(x)
            : k === 'attachment' && typeof x === 'string'
              ? attachmentText(x)
              : String(x);
    const line = (label: string, text: string) => t('filings.changeLine', { label, value: text });
    lines =
      v && typeof v === 'object'
        ? Object.entries(v as Record<string, unknown>).filter(([k]) => !HIDDEN_CHANGES.has(k)).map(([k, x]) => {
            const label = k in AMOUNT_LABELS ? t(AMOUNT_LABELS[k]) : t(`filings.${k}`, { defaultValue: k });
            if (Array.isArray(x) && x.length === 2) return line(label, `${value(k, x[0])} → ${value(k, x[1])}`);
            if (x && typeof x === 'object' && !Array.isArray(x)) {
              const o = x as Record<string, unknown>;
              if ('from' in o || 'to' in o) return line(label, `${String(o.from ?? '—')} → ${String(o.to ?? '—')}`);
              if ('before' in o || 'after' in o) return line(label, `${String(o.before ?? '—')} → ${String(o.after ?? '—')}`);
            }
            return line(label, typeof x === 'string' ? x : JSON.stringify(x));
          })
        : [String(v)];
  } catch {
    lines = [json];
  }
  return (
    <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)', wordBreak: 'break-all' }}>
      {t('filings.changes')}：
      {lines.map((l) => (
        <div key={l}>{l}</div>
      ))}
    </div>
  );
}

function HistoryItem({ h }: { h: FilingHistoryDto }) {
  const { t } = useTranslation();
  return (
    <div data-testid="filing-history-item">
      <div>
        <strong>{t(`filingAction.${h.action}`)}</strong> ·{' '}
        <span title={h.actorName} data-testid="filing-history-actor">
          {h.actorDisplayName || h.actorName}
        </span>{' '}
        · <Typography.Text type="secondary">{formatDateTime(h.at)}</Typography.Text>
      </div>
      {h.reason && <div style={{ whiteSpace: 'pre-wrap' }}>{h.reason}</div>}
      <Changes json={h.changes} />
    </div>
  );
}

/** 历史记录: who did what to the filing and when, newest first, with what changed. */
export function FilingHistory({ history }: { history: FilingHistoryDto[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('filings.history')}
      </Typography.Title>
      <Timeline
        data-testid="filing-history"
        items={[...history]
          .sort((a, b) => b.at.localeCompare(a.at))
          .map((h) => ({ key: h.id, color: HISTORY_COLORS[h.action] ?? 'gray', children: <HistoryItem h={h} /> }))}
      />
    </>
  );
}
