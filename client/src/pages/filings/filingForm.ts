import type { FilingDto, FilingInput, ProjectCategory, ProjectStage } from '../../api';
import { isValidWan, wanToYuan, yuanToWan } from '../../lib/money';
import { isOutsideMainland } from '../../lib/sourceRegions';

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
  /** The lead assigned to the unit that this filing pursues (its source becomes the proposed credit). */
  leadId?: string;
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
    leadId: f.leadId ?? undefined,
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
  'recommenderName', 'recommenderContact', 'contactName', 'contactPhone', 'leadId',
]);

export type FilingField = keyof FilingForm;

/**
 * What submission needs: the server's list (`Domain/Filings/FilingDetails.cs`, `MissingFields`), in form order; the credit
 * code only for an investor from the mainland (港澳台 and abroad need none, `isOutsideMainland`). filingForm.test.ts reads the
 * server's file and fails when the two differ. A draft needs only what the create/update validators ask (`DRAFT_REQUIRED`).
 */
export const SUBMIT_REQUIRED: readonly FilingField[] = [
  'projectName', 'investorName', 'creditCode', 'sourceRegionCode', 'industryChainId', 'category', 'stage',
  'plannedTotalInvestment', 'plannedFixedAssetInvestment', 'constructionContent', 'contactName', 'contactPhone',
];

/** The amounts submission needs above 0 (the server's `ZeroAmountFields`): a planned total of 0 is no plan. */
export const SUBMIT_ABOVE_ZERO: readonly FilingField[] = ['plannedTotalInvestment'];

/** What a draft needs to be saved at all (CreateFilingDraftValidator, UpdateFilingDraftValidator). */
export const DRAFT_REQUIRED: readonly FilingField[] = ['projectName'];

/** Whether submission needs `field`, given the values (the credit code depends on the source region). */
export function requiredToSubmit(field: FilingField, values: Pick<FilingForm, 'sourceRegionCode'>): boolean {
  if (field === 'creditCode') return !isOutsideMainland(values.sourceRegionCode);
  return SUBMIT_REQUIRED.includes(field);
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export interface SubmitFault {
  field: FilingField;
  fault: 'required' | 'zero';
}

/** The fields a submission of these values would be refused for, in form order: missing, or an amount of 0. */
export function submitFaults(values: FilingForm): SubmitFault[] {
  return SUBMIT_REQUIRED.flatMap((field): SubmitFault[] => {
    if (!requiredToSubmit(field, values)) return [];
    const v = values[field];
    if (blank(v)) return [{ field, fault: 'required' }];
    if (SUBMIT_ABOVE_ZERO.includes(field) && typeof v === 'string' && isValidWan(v) && wanToYuan(v) === 0) return [{ field, fault: 'zero' }];
    return [];
  });
}

/** Each field's label as the server's messages name it (FieldDisplayNames): the form's label, without an amount's unit. */
export const FIELD_LABEL_KEYS: Readonly<Record<FilingField, string>> = {
  leadId: 'filings.lead',
  projectName: 'filings.projectName',
  investorName: 'filings.investorName',
  creditCode: 'filings.creditCode',
  sourceRegionCode: 'filings.sourceRegion',
  industryChainId: 'filings.industryChain',
  category: 'filings.category',
  stage: 'filings.stage',
  plannedTotalInvestment: 'filings.plannedTotalField',
  plannedFixedAssetInvestment: 'filings.plannedFixedField',
  constructionContent: 'filings.constructionContent',
  associationId: 'filings.association',
  recommenderName: 'filings.recommenderName',
  recommenderContact: 'filings.recommenderContact',
  contactName: 'filings.contactName',
  contactPhone: 'filings.contactPhone',
};

/** The server's length limits (Domain/Filings/Filing.cs), checked as the user types. */
export const FIELD_MAX_LENGTH: Partial<Readonly<Record<FilingField, number>>> = {
  projectName: 200,
  investorName: 200,
  constructionContent: 4000,
  recommenderName: 100,
  recommenderContact: 200,
  contactName: 100,
  contactPhone: 32,
};
