import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';

// Mirrors the server's rules (FluentValidation validators and the Identity password options),
// so most mistakes are caught before a round trip; the server stays the authority.
// ASVS L2: at least 12 characters; the server also refuses the most common passwords (a list it ships).
export const MIN_PASSWORD_LENGTH = 12;
export const USER_NAME_PATTERN = /^[A-Za-z0-9._@-]+$/;
export const UNIT_CODE_PATTERN = /^[A-Za-z0-9_-]+$/;
export const PHONE_PATTERN = /^[0-9+\- ]{5,20}$/;
/** A mainland mobile or a landline with its area code, spaces ignored (the server's Domain/Filings/PhoneNumber.cs). */
export const MAINLAND_PHONE_PATTERN = /^(1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[0-9]{7,8}((-|转)[0-9]{1,6})?)$/;

export function isMainlandPhone(value: string): boolean {
  const v = value.replace(/ /g, '').trim();
  return v.length > 0 && v.length <= 32 && MAINLAND_PHONE_PATTERN.test(v);
}

/** True when the password meets the policy: length, upper, lower, digit and a symbol. */
export function isStrongPassword(value: string): boolean {
  return (
    value.length >= MIN_PASSWORD_LENGTH &&
    /[A-Z]/.test(value) &&
    /[a-z]/.test(value) &&
    /[0-9]/.test(value) &&
    /[^A-Za-z0-9]/.test(value)
  );
}

export function passwordRules(t: TFunction): Rule[] {
  return [
    { required: true, message: t('validation.required') },
    { max: 128, message: t('validation.maxLength', { max: 128 }) },
    {
      validator: (_, value: string | undefined) =>
        !value || isStrongPassword(value)
          ? Promise.resolve()
          : Promise.reject(new Error(t('changePassword.rule', { min: MIN_PASSWORD_LENGTH }))),
    },
  ];
}

/** A text field's rules: at most `max` characters and, when `required`, not blank. */
export function textRules(t: TFunction, max: number, required = false): Rule[] {
  return [
    ...(required ? [{ required: true, whitespace: true, message: t('validation.required') }] : []),
    { max, message: t('validation.maxLength', { max }) },
  ];
}
