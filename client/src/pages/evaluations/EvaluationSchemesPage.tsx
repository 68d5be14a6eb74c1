import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluationsApi, type EvaluationSchemeDto } from '../../api';
import { toProblem } from '../../api/problem';
import { listStates } from '../../components/ListStates';
import { QueryError } from '../../components/QueryError';

/** Admins: each year's scheme; copy a template (Changde's four areas, Hunan's three) into a year while its evaluation is not open. */
export function EvaluationSchemesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [year, setYear] = useState<number | null>(new Date().getFullYear());
  const [template, setTemplate] = useState('changde');
  const schemes = useQuery({ queryKey: ['evaluation-schemes'], queryFn: ({ signal }) => evaluationsApi.schemes(signal) });
  const copy = useMutation({
    mutationFn: () => evaluationsApi.copyTemplate(year!, template, schemes.data?.find((s) => s.year === year)?.version),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['evaluation-schemes'] }),
    onError: (e) => { const p = toProblem(e); void message.error(p.detail ?? p.title ?? ''); },
  });
  return (
    <Card title={t('evaluations.schemesTitle')} className="page-card"
      extra={(
        <Space wrap>
          <InputNumber aria-label={t('evaluations.year')} value={year} min={2000} max={2099} onChange={(v) => setYear(v)} data-testid="scheme-year" />
          <Select value={template} onChange={setTemplate} style={{ width: 160 }} data-testid="scheme-template"
            options={[{ value: 'changde', label: t('evaluations.templates.changde') }, { value: 'hunan', label: t('evaluations.templates.hunan') }]} />
          <Button type="primary" disabled={!year} loading={copy.isPending} onClick={() => copy.mutate()} data-testid="scheme-copy">{t('evaluations.copyTemplate')}</Button>
        </Space>
      )}>
      {schemes.error ? <QueryError error={schemes.error} onRetry={() => void schemes.refetch()} /> : (
        <Table<EvaluationSchemeDto> rowKey="id" size="small" pagination={false} dataSource={schemes.data ?? []} scroll={{ x: true }}
          {...listStates(schemes, schemes.data, { description: t('evaluations.noSchemes') })}
          expandable={{ expandedRowRender: (s) => (
            <Table size="small" pagination={false} rowKey={(i) => i.code}
              dataSource={s.groups.flatMap((g) => g.indicators.map((i) => ({ ...i, group: `${g.name}（${g.maxScore}）` })))}
              columns={[
                { title: t('evaluations.group'), dataIndex: 'group' },
                { title: t('evaluations.indicator'), dataIndex: 'name' },
                { title: t('evaluations.maxScore'), dataIndex: 'maxScore' },
                { title: t('evaluations.kind'), dataIndex: 'kind', render: (k: string) => t(`evaluations.kinds.${k}`) },
                { title: t('evaluations.rule'), render: (_, i) => (i.rule ? `${t(`evaluations.rules.${i.rule}`)}${i.cap ? ` ≤ ${i.cap}` : ''}${i.rankStep != null ? ` −${i.rankStep}` : ''}` : '—') },
                { title: t('evaluations.metric'), dataIndex: 'metric', render: (m?: string) => (m ? t(`evaluations.metrics.${m}`) : '—') },
              ]} />
          ) }}
          columns={[
            { title: t('evaluations.year'), dataIndex: 'year' },
            { title: t('evaluations.schemeName'), dataIndex: 'name' },
            { title: t('evaluations.totalScore'), dataIndex: 'totalScore' },
            { title: t('evaluations.status'), dataIndex: 'locked', render: (l: boolean) => (l ? <Tag>{t('evaluations.locked')}</Tag> : <Tag color="blue">{t('evaluations.editable')}</Tag>) },
          ]} />
      )}
    </Card>
  );
}
