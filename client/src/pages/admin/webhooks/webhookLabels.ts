import type { TFunction } from 'i18next';

/** The event types' names in the UI language ("filing.submitted" → 备案提交); an unknown one shows as sent. */
export function eventTypeLabel(t: TFunction, type: string): string {
  return t(`webhooks.events.${type.replace(/\./g, '_')}`, { defaultValue: type });
}

export const SUBSCRIPTION_STATUS_COLORS: Record<string, string> = { Active: 'green', Paused: 'default', Failing: 'red' };
export const DELIVERY_STATUS_COLORS: Record<string, string> = { Pending: 'processing', Delivered: 'green', Failed: 'red' };
