import type { Concept } from '../lexicon/concepts';
import type { Category, PolicyRef, Severity } from '../types';

/**
 * When a rule fires, judged per sentence. Every concept in `all`, and one concept from
 * each group in `any`, must occur un-negated; no concept in `none` may occur at all.
 * The highlight covers the first occurrence of the first `anchor` concept present.
 */
export interface RuleCondition {
  all: readonly Concept[];
  any?: readonly (readonly Concept[])[];
  none?: readonly Concept[];
  anchor: readonly Concept[];
}

export interface Rule {
  id: string;
  category: Category;
  severity: Severity;
  message: string;
  policy: PolicyRef;
  suggestion?: string;
  /** Contact rules: allowed once a contract is active. */
  preContractOnly?: boolean;
  when: RuleCondition;
}

export interface RulePack {
  version: string;
  rules: readonly Rule[];
}
