import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventsApi, type PromotionEventListItemDto } from '../../api';
import { listStates } from '../../components/ListStates';
import { QueryError } from '../../components/QueryError';
import { EventFormModal } from '../events/EventForm';
import { associationsText, EventDrawer, EventStatusTag } from '../events/EventsPage';

/**
 * 招商活动 in the association's portal: the events it takes part in or proposed (newest first, paged on the server), each opening
 * its detail (the center's reason when rejected; edit, withdraw and files while it waits); a button to propose a new one.
 */
export function EventsSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [proposing, setProposing] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['events', 'list', { page, pageSize: 10, purpose: 'portal' }],
    queryFn: ({ signal }) => eventsApi.list({ page, pageSize: 10 }, signal),
  });
  const states = listStates(list, list.data?.items, { description: t('events.portalEmpty'), hint: t('events.portalEmptyHint') });
  return (
    <Card
      title={t('events.portalTitle')}
      style={{ marginTop: 16 }}
      data-testid="portal-events"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)} data-testid="event-propose">
          {t('events.propose')}
        </Button>
      }
    >
      <QueryError error={list.error} onRetry={() => void list.refetch()} />
      <List<PromotionEventListItemDto>
        loading={states.loading}
        locale={states.locale}
        dataSource={list.data?.items ?? []}
        pagination={
          (list.data?.totalCount ?? 0) > 10
            ? { current: page, pageSize: 10, total: list.data?.totalCount, onChange: setPage, size: 'small' }
            : false
        }
        renderItem={(e) => (
          <List.Item data-testid="portal-event">
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap>
                <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => setOpen(e.id)} data-testid="portal-event-open">
                  {e.title}
                </Button>
                <EventStatusTag status={e.status} />
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`events.kindName.${e.kind}`)} · {e.startsOn === e.endsOn ? e.startsOn : `${e.startsOn} ~ ${e.endsOn}`} · {e.place}
              </Typography.Text>
              <Typography.Text style={{ fontSize: 12 }}>{associationsText(t, e)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <EventDrawer id={open} onClose={() => setOpen(null)} />
      <EventFormModal
        open={proposing}
        mode="association"
        onClose={() => setProposing(false)}
        onSaved={() => {
          setProposing(false);
          void queryClient.invalidateQueries({ queryKey: ['events'] });
        }}
      />
    </Card>
  );
}
