import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, List, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, type TargetingResultDto } from '../../api';
import { ExportButton } from '../../components/ExportButton';
import { QueryError } from '../../components/QueryError';
import { useFilingOptions } from '../../lib/useFilingOptions';
import { RegionPicker } from './RegionPicker';

interface Search {
  regionCode: string;
  industryChainId?: string;
}

/**
 * 按图索骥 (plan a trip): pick an area (a province covers its cities) and an industry chain, see whom to meet there — the
 * associations at home there, their offices, member companies in the chain, notable natives — grouped, usable on a phone.
 */
export function TargetingPage() {
  const { t } = useTranslation();
  const options = useFilingOptions();
  // The search lives in the URL (/targeting?regionCode=440000&industryChainId=…): a trip plan can be shared and reopened.
  const [params, setParams] = useSearchParams();
  const [regionCode, setRegionCode] = useState<string | undefined>(params.get('regionCode') ?? undefined);
  const [industryChainId, setIndustryChainId] = useState<string | undefined>(params.get('industryChainId') ?? undefined);
  const searchedRegion = params.get('regionCode');
  const search: Search | undefined = searchedRegion ? { regionCode: searchedRegion, industryChainId: params.get('industryChainId') ?? undefined } : undefined;

  const result = useQuery({
    queryKey: ['targeting', search],
    queryFn: ({ signal }) => api.people.targeting.get(search!.regionCode, search!.industryChainId, signal),
    enabled: !!search,
  });

  return (
    <Card title={t('nav.targeting')} className="page-card">
      <Typography.Paragraph type="secondary">{t('targeting.help')}</Typography.Paragraph>
      <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={8}>
          <RegionPicker
            tree={options.regionTree}
            loading={options.loading}
            value={regionCode}
            onChange={setRegionCode}
            placeholder={t('targeting.area')}
            style={{ width: '100%' }}
            testId="targeting-region"
          />
        </Col>
        <Col xs={24} md={8}>
          <Select<string>
            allowClear
            placeholder={t('targeting.anyChain')}
            style={{ width: '100%' }}
            value={industryChainId}
            onChange={setIndustryChainId}
            options={options.chainOptions}
            data-testid="targeting-chain"
          />
        </Col>
        <Col xs={24} md={8}>
          <Space wrap>
            <Button
              type="primary"
              icon={<SearchOutlined />}
              disabled={!regionCode}
              onClick={() => regionCode && setParams(industryChainId ? { regionCode, industryChainId } : { regionCode })}
              data-testid="targeting-search"
            >
              {t('common.search')}
            </Button>
            {search && (
              <ExportButton
                run={() => api.people.targeting.export(search.regionCode, search.industryChainId)}
                fallbackName={t('targeting.fileName')}
                testId="targeting-export"
              />
            )}
          </Space>
        </Col>
      </Row>
      {!search ? (
        <Empty description={t('targeting.pickArea')} />
      ) : result.isError ? (
        <QueryError error={result.error} onRetry={() => void result.refetch()} />
      ) : !result.data ? (
        <Skeleton active />
      ) : (
        <TargetingResults data={result.data} />
      )}
    </Card>
  );
}

function TargetingResults({ data }: { data: TargetingResultDto }) {
  const { t } = useTranslation();
  const none = <Typography.Text type="secondary">{t('targeting.none')}</Typography.Text>;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="targeting-results">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {[data.regionName ?? data.regionCode, data.industryChainName].filter(Boolean).join(' · ')}
      </Typography.Title>
      <Card size="small" title={`${t('targeting.associations')}（${data.associations.length}）`} data-testid="targeting-associations">
        {data.associations.length === 0 ? none : (
          <List
            size="small"
            dataSource={data.associations}
            renderItem={(a) => (
              <List.Item>
                <List.Item.Meta title={a.name} description={[a.homeRegionName, a.liaisonLeader && t('targeting.liaison', { name: a.liaisonLeader })].filter(Boolean).join(' · ')} />
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" title={`${t('targeting.offices')}（${data.offices.length}）`} data-testid="targeting-offices">
        {data.offices.length === 0 ? none : (
          <List
            size="small"
            dataSource={data.offices}
            renderItem={(o) => (
              <List.Item>
                <List.Item.Meta
                  title={o.name}
                  description={[o.associationName, o.cityName ?? o.cityRegionCode, [o.contactName, o.contactPhone].filter(Boolean).join(' ')].filter(Boolean).join(' · ')}
                />
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" title={`${t('targeting.members')}（${data.members.length}）`} data-testid="targeting-members">
        {data.members.length === 0 ? none : (
          <List
            size="small"
            dataSource={data.members}
            renderItem={(m) => (
              <List.Item>
                <List.Item.Meta title={m.companyName} description={[m.associationName, m.position, m.industryChainName].filter(Boolean).join(' · ')} />
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" title={`${t('targeting.natives')}（${data.natives.length}）`} data-testid="targeting-natives">
        {data.natives.length === 0 ? none : (
          <List
            size="small"
            dataSource={data.natives}
            renderItem={(n) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <Space size={4} wrap>
                      {n.name}
                      {n.isListed && <Tag color="gold">{t('people.listed')}</Tag>}
                    </Space>
                  }
                  description={[[n.company, n.position].filter(Boolean).join(' '), n.cityName, n.industryChainName, n.phone].filter(Boolean).join(' · ')}
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    </Space>
  );
}
