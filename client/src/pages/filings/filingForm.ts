import type { FilingDto, FilingInput, ProjectCategory, ProjectStage } from '../../api';
import { wanToYuan, yuanToWan } from '../../lib/money';

/** The form's values: amounts stay text in 万元 until sent (see lib/money). */
export interface FilingForm {
  projectName?: string;
  investorName?: string;
  creditCode?: string;
  sourceRegionCode?: string;
  industryChainId?: string;
  category?: ProjectCategory;
  stage?: ProjectStage;
  plannedTotalInvestment?: string;
  plannedFixedAssetInvestment?: string;
  constructionContent?: string;
  associationId?: string;
  recommenderName?: string;
  recommenderContact?: string;
  contactName?: string;
  contactPhone?: string;
}

export function toForm(f: FilingDto): FilingForm {
  return {
    projectName: f.projectName ?? '',
    investorName: f.investorName ?? '',
    creditCode: f.creditCode ?? '',
    sourceRegionCode: f.sourceRegionCode,
    industryChainId: f.industryChainId,
    category: f.category,
    stage: f.stage,
    plannedTotalInvestment: yuanToWan(f.plannedTotalInvestment),
    plannedFixedAssetInvestment: yuanToWan(f.plannedFixedAssetInvestment),
    constructionContent: f.constructionContent ?? '',
    associationId: f.associationId,
    recommenderName: f.recommenderName ?? '',
    recommenderContact: f.recommenderContact ?? '',
    contactName: f.contactName ?? '',
    contactPhone: f.contactPhone ?? '',
  };
}

export function toInput(v: FilingForm): FilingInput {
  return {
    ...v,
    plannedTotalInvestment: wanToYuan(v.plannedTotalInvestment),
    plannedFixedAssetInvestment: wanToYuan(v.plannedFixedAssetInvestment),
  };
}

/** The form's fields: a server error naming one of them goes on that field. */
export const FIELD_NAMES = new Set<string>([
  'projectName', 'investorName', 'creditCode', 'sourceRegionCode', 'industryChainId', 'category', 'stage',
  'plannedTotalInvestment', 'plannedFixedAssetInvestment', 'constructionContent', 'associationId',
  'recommenderName', 'recommenderContact', 'contactName', 'contactPhone',
]);
