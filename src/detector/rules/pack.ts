import { CIRCUMVENTION_RULES } from './circumvention';
import { CONTACT_RULES } from './contact';
import { PAYMENT_RULES } from './payment';
import { SCAM_RULES } from './scam';
import type { RulePack } from './types';

/** The built-in rule pack. Bump the version whenever a rule's meaning changes. */
export const RULE_PACK: RulePack = {
  version: '2026.11.23-2',
  rules: [...SCAM_RULES, ...PAYMENT_RULES, ...CIRCUMVENTION_RULES, ...CONTACT_RULES],
};
