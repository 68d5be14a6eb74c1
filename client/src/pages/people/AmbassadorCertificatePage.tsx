import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api';
import { QueryError } from '../../components/QueryError';

/**
 * The ambassador's certificate (聘书) as a print-styled page: the fallback when the server has no Chinese font for the PDF.
 * Printing (window.print) shows the certificate alone (styles.css, @media print). The appointing city is the one the server's
 * configuration names (its home city, as the PDF prints it), never a constant here.
 */
export function AmbassadorCertificatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: ['ambassadors', id], queryFn: ({ signal }) => api.people.ambassadors.get(id, signal) });
  if (detail.isError) return <QueryError error={detail.error} />;
  const a = detail.data?.ambassador;
  const city = detail.data?.issuerCityName ?? '';
  const on = a?.appointedOn ? new Date(`${a.appointedOn}T00:00:00`) : undefined;
  return (
    <Card
      className="page-card"
      title={t('people.certificate')}
      extra={
        <Space className="no-print">
          <Link to="/admin/ambassadors">{t('common.back')}</Link>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!a} data-testid="certificate-print">
            {t('people.print')}
          </Button>
        </Space>
      }
    >
      {!a ? (
        <Skeleton active />
      ) : (
        <div className="certificate-print" data-testid="certificate-page">
          <div className="certificate-frame">
            <h1 className="certificate-title">{t('people.certificateHeading')}</h1>
            <p className="certificate-body">{t('people.certificateText', { name: a.name, year: a.year, city })}</p>
            {a.organisation && <p className="certificate-body">{[a.organisation, a.title].filter(Boolean).join(' ')}</p>}
            <p className="certificate-number">
              {t('people.certificateNumber')}：{a.certificateNumber}
            </p>
            <p className="certificate-issuer" data-testid="certificate-issuer">
              {t('people.certificateIssuer', { city })}
            </p>
            <p className="certificate-date">
              {on ? t('people.certificateDate', { year: on.getFullYear(), month: on.getMonth() + 1, day: on.getDate() }) : a.year}
            </p>
          </div>
        </div>
      )}
    </Card>
  );
}
