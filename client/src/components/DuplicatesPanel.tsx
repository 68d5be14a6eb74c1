import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Empty, Form, Input, Modal, Skeleton, Space, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type DuplicateFilingDto, type DuplicateNoticeDto } from '../api';
import { useProblem } from '../lib/useProblem';
import { DuplicateCompare } from './DuplicateCompare';
import { QueryError } from './QueryError';

/**
 * Another unit's look-alikes as a filer is told of them: one message each (the unit and the rules, worded by the server), nothing
 * of the other filing.
 */
export function DuplicateNoticeList({ notices }: { notices: DuplicateNoticeDto[] }) {
  if (notices.length === 0) return null;
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }} data-testid="duplicate-notices">
      {notices.map((n, i) => (
        <Alert key={i} type="warning" showIcon message={n.message} data-testid="duplicate-notice" />
      ))}
    </Space>
  );
}

/**
 * A filing's suspected duplicates: each one the caller may read side by side with the filing ("not a duplicate" for reviewers),
 * another unit's — for a filer — as a message only.
 */
export function DuplicatesPanel({ filingId, canDismiss }: { filingId: string; canDismiss: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<DuplicateFilingDto | null>(null);
  const [form] = Form.useForm<{ reason?: string }>();
  const duplicates = useQuery({
    queryKey: ['filing', filingId, 'duplicates'],
    queryFn: ({ signal }) => api.filings.duplicates(filingId, signal),
  });

  const dismiss = useMutation({
    mutationFn: ({ other, reason }: { other: DuplicateFilingDto; reason?: string }) => api.filings.dismissDuplicate(filingId, other.filingId, reason),
    onSuccess: () => {
      message.success(t('duplicates.dismissed'));
      setPending(null);
      void queryClient.invalidateQueries({ queryKey: ['filing', filingId, 'duplicates'] });
      void queryClient.invalidateQueries({ queryKey: ['review'] });
    },
    onError: (e) => {
      showProblem(e, form);
      // Someone else dismissed it, or the other filing left review: show the list as it is now.
      setPending(null);
      void duplicates.refetch();
    },
  });

  const list = duplicates.data?.suspectedDuplicates ?? [];
  const notices = duplicates.data?.otherUnitMatches ?? [];
  const count = list.length + notices.length;
  return (
    <section data-testid="duplicates-panel" style={{ marginTop: 24 }}>
      <Typography.Title level={5}>
        <Space>
          {t('duplicates.title')}
          {count > 0 && <Badge count={count} color="volcano" />}
        </Space>
      </Typography.Title>
      <QueryError error={duplicates.error} onRetry={() => void duplicates.refetch()} />
      {duplicates.isLoading ? (
        <Skeleton active />
      ) : count === 0 ? (
        !duplicates.error && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duplicates.none')} data-testid="duplicates-none" />
      ) : (
        <>
        <DuplicateNoticeList notices={notices} />
        {list.map((d) => (
          <DuplicateCompare
            key={d.filingId}
            filing={duplicates.data!.filing}
            duplicate={d}
            openBase={canDismiss ? '/review' : '/filings'}
            dismissing={dismiss.isPending && pending?.filingId === d.filingId}
            onDismiss={
              canDismiss
                ? () => {
                    form.resetFields();
                    setPending(d);
                  }
                : undefined
            }
          />
        ))}
        </>
      )}
      <Modal
        open={pending !== null}
        title={t('duplicates.dismissTitle')}
        okText={t('duplicates.dismiss')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'duplicate-dismiss-ok' } as ButtonProps}
        confirmLoading={dismiss.isPending}
        onOk={() => form.submit()}
        onCancel={() => setPending(null)}
        forceRender
      >
        <Typography.Paragraph>
          {t('duplicates.dismissConfirm', { a: duplicates.data?.filing.projectName ?? '—', b: pending?.projectName ?? '—' })}
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(v) => pending && dismiss.mutate({ other: pending, reason: v.reason })}>
          <Form.Item name="reason" label={t('duplicates.reason.label')} rules={[{ max: 1000, message: t('validation.maxLength', { max: 1000 }) }]}>
            <Input.TextArea rows={3} data-testid="duplicate-dismiss-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
