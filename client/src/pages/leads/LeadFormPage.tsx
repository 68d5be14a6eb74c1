import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { LeadForm } from './LeadForm';

/** 登记招商线索 (/leads/new): filers, reviewers, admins and associations; back to the list (an association to its portal). */
export function LeadFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useAuth();
  const back = user?.roles.includes('Association') ? '/association' : '/leads';
  return (
    <Card title={t('leads.newTitle')} className="page-card" data-testid="lead-new-page">
      <LeadForm onSaved={() => navigate(back)} onCancel={() => navigate(back)} />
    </Card>
  );
}
