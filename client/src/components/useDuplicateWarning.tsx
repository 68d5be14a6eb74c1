import { App, Tag } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateFilingDto, DuplicateNoticeDto, FilingDto } from '../api';

/**
 * After a submission: if the server found look-alike filings, tell the filer (the submission has gone through; the
 * reviewer decides). Lists each one's project, unit and the rule it matched; another unit's only as the server's message
 * (its unit and rules).
 */
export function useDuplicateWarning() {
  const { modal } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (f: FilingDto) => {
      const list = (f.suspectedDuplicates ?? []) as DuplicateFilingDto[];
      const notices = (f.otherUnitMatches ?? []) as DuplicateNoticeDto[];
      if (list.length + notices.length === 0) return;
      modal.warning({
        title: t('duplicates.warnTitle', { count: list.length + notices.length }),
        width: 560,
        content: (
          <div data-testid="duplicate-warning">
            <p>{t('duplicates.warnText')}</p>
            <ul style={{ paddingLeft: 18 }}>
              {notices.map((n, i) => (
                <li key={`notice-${i}`} style={{ marginBottom: 6 }} data-testid="duplicate-notice">
                  {n.message}
                </li>
              ))}
              {list.map((d) => (
                <li key={d.filingId} style={{ marginBottom: 6 }}>
                  <strong>{d.projectName || '—'}</strong> · {d.unitName}
                  <div>
                    {d.reasons.map((r) => (
                      <Tag key={r} color="volcano" style={{ marginTop: 4 }}>
                        {t(`duplicates.reason.${r}`)}
                      </Tag>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
          </div>
        ),
      });
    },
    [modal, t],
  );
}
