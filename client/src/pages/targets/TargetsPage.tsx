import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, InputNumber, Modal, Select, Space, type ButtonProps, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { targetsApi, type TargetFiguresDto, type UnitTargetDto } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { QueryTable } from '../../components/AdminList';
import { formatWan, formatYi } from '../../lib/money';
import { useProblem } from '../../lib/useProblem';
import { TargetsImportDialog } from './TargetsImportDialog';

/** The figures in the order of the metrics; amounts (yuan on the wire) are typed in 万元. */
export const COUNT_FIELDS = ['signedProjects', 'signedOver1Billion', 'signedOver5Billion', 'startedProjects', 'completedProjects'] as const;
export const AMOUNT_FIELDS = ['fixedAssetInvestment', 'fundsDomestic', 'fundsForeign'] as const;
export type FigureField = (typeof COUNT_FIELDS)[number] | (typeof AMOUNT_FIELDS)[number];

/** The i18n key of a figure's metric name (metric.SignedProjects …). */
export const metricKey = (field: string) => `metric.${field.charAt(0).toUpperCase()}${field.slice(1)}`;

/** The China year now. */
export function chinaYear(now = new Date()): number {
  return new Date(now.getTime() + 8 * 3600 * 1000).getUTCFullYear();
}

type FormValues = Record<FigureField, number>;

const toForm = (f: TargetFiguresDto): FormValues => ({
  signedProjects: f.signedProjects,
  signedOver1Billion: f.signedOver1Billion,
  signedOver5Billion: f.signedOver5Billion,
  startedProjects: f.startedProjects,
  completedProjects: f.completedProjects,
  fixedAssetInvestment: f.fixedAssetInvestment / 10_000,
  fundsDomestic: f.fundsDomestic / 10_000,
  fundsForeign: f.fundsForeign / 10_000,
});

/** 万元 typed (at most six decimals) → yuan with two decimals, exactly. */
const wanToYuan = (wan: number) => Math.round(wan * 1_000_000) / 100;

const fromForm = (v: FormValues): TargetFiguresDto => ({
  signedProjects: v.signedProjects ?? 0,
  signedOver1Billion: v.signedOver1Billion ?? 0,
  signedOver5Billion: v.signedOver5Billion ?? 0,
  startedProjects: v.startedProjects ?? 0,
  completedProjects: v.completedProjects ?? 0,
  fixedAssetInvestment: wanToYuan(v.fixedAssetInvestment ?? 0),
  fundsDomestic: wanToYuan(v.fundsDomestic ?? 0),
  fundsForeign: wanToYuan(v.fundsForeign ?? 0),
});

/**
 * 目标任务 (/admin/targets): each carrier unit's targets for a year and the city's totals (their sum). Admins edit a unit's
 * targets (versioned) or import them from Excel (all or nothing); reviewers and leaders read them.
 */
export function TargetsPage() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(chinaYear());
  const [editing, setEditing] = useState<UnitTargetDto>();
  const [importing, setImporting] = useState(false);
  const [form] = Form.useForm<FormValues>();
  const mayEdit = hasRole('Admin');
  const targets = useQuery({ queryKey: ['targets', year], queryFn: ({ signal }) => targetsApi.year(year, signal) });
  const save = useMutation({
    mutationFn: (values: FormValues) => targetsApi.set(year, editing!.unitId, fromForm(values), editing!.version ?? undefined),
    onSuccess: () => {
      void message.success(t('targets.saved'));
      setEditing(undefined);
      void queryClient.invalidateQueries({ queryKey: ['targets'] });
    },
    onError: (error) => showProblem(error, form),
  });

  const years = Array.from({ length: 6 }, (_, i) => chinaYear() + 1 - i);
  const columns: TableColumnsType<UnitTargetDto> = [
    { title: t('targets.unit'), dataIndex: 'unitName', fixed: 'left' },
    ...COUNT_FIELDS.map((field) => ({ title: t(metricKey(field)), key: field, align: 'right' as const, render: (_: unknown, row: UnitTargetDto) => row.figures[field] })),
    ...AMOUNT_FIELDS.map((field) => ({
      title: `${t(metricKey(field))}（${t('common.yiYuan')}）`,
      key: field,
      align: 'right' as const,
      render: (_: unknown, row: UnitTargetDto) => formatYi(row.figures[field]),
    })),
    ...(mayEdit
      ? [
          {
            title: '',
            key: 'actions',
            render: (_: unknown, row: UnitTargetDto) => (
              <Button
                size="small"
                data-testid={`targets-edit-${row.unitCode}`}
                onClick={() => {
                  setEditing(row);
                  form.setFieldsValue(toForm(row.figures));
                }}
              >
                {t('targets.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  const total = targets.data?.cityTotal;

  return (
    <Card
      title={t('targets.title')}
      className="page-card"
      data-testid="targets-page"
      extra={
        <Space wrap>
          <Select
            aria-label={t('targets.year')}
            data-testid="targets-year"
            value={year}
            style={{ width: 110 }}
            options={years.map((y) => ({ value: y, label: y }))}
            onChange={setYear}
          />
          {mayEdit && (
            <Button icon={<UploadOutlined />} data-testid="targets-import" onClick={() => setImporting(true)}>
              {t('targets.import')}
            </Button>
          )}
        </Space>
      }
    >
      {total && (
        <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 4 }} title={t('targets.cityTotal')} data-testid="targets-city-total" style={{ marginBottom: 16 }}>
          {COUNT_FIELDS.map((field) => (
            <Descriptions.Item key={field} label={t(metricKey(field))}>
              <span data-testid={`targets-total-${field}`}>{total[field]}</span>
            </Descriptions.Item>
          ))}
          {AMOUNT_FIELDS.map((field) => (
            <Descriptions.Item key={field} label={t(metricKey(field))}>
              <span data-testid={`targets-total-${field}`}>
                {formatYi(total[field])} {t('common.yiYuan')}
              </span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      <QueryTable<UnitTargetDto> query={targets} rows={targets.data?.units} rowKey="unitId" columns={columns} pagination={false} empty={{ description: t('targets.empty') }} />
      <Modal
        open={!!editing}
        title={editing ? t('targets.editTitle', { unit: editing.unitName, year }) : ''}
        onCancel={() => setEditing(undefined)}
        okText={t('targets.save')}
        okButtonProps={{ loading: save.isPending, 'data-testid': 'targets-save' } as ButtonProps}
        onOk={() => void form.validateFields().then((values) => save.mutate(values))}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          {COUNT_FIELDS.map((field) => (
            <Form.Item key={field} name={field} label={t(metricKey(field))} rules={[{ required: true, type: 'number', min: 0 }]}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid={`targets-field-${field}`} />
            </Form.Item>
          ))}
          {AMOUNT_FIELDS.map((field) => (
            <Form.Item
              key={field}
              name={field}
              label={`${t(metricKey(field))}（${t('reports.wan')}）`}
              rules={[{ required: true, type: 'number', min: 0 }]}
              extra={editing ? formatWan(editing.figures[field]) : undefined}
            >
              <InputNumber min={0} precision={6} style={{ width: '100%' }} data-testid={`targets-field-${field}`} />
            </Form.Item>
          ))}
        </Form>
      </Modal>
      <TargetsImportDialog
        open={importing}
        year={year}
        onClose={() => setImporting(false)}
        onImported={() => void queryClient.invalidateQueries({ queryKey: ['targets'] })}
      />
    </Card>
  );
}
