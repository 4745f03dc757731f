// Onside's detector: pure (no DOM, no browser APIs), text and options in, findings out.
import { createScanner } from './scanner';
import type { ScanOptions, ScanResult } from './types';

export { createScanner, type Scanner } from './scanner';
export { compileUserPatterns, MAX_SOURCE_LENGTH } from './user-patterns';
export { RULE_PACK } from './rules/pack';
export { RulePackSchema, RuleSchema } from './rules/schema';
export type { Rule, RulePack, RuleCondition } from './rules/types';
export { TEMPLATES, type Template } from './templates';
export { normalize, toOriginal, type Normalized } from './normalize/normalize';
export { POLICIES } from './policies';
export type * from './types';

/** One-off scan. For repeated scans with the same options, use `createScanner`. */
export function scan(text: string, options: ScanOptions = {}): ScanResult {
  const { contractActive, ...rest } = options;
  return createScanner(rest).scan(text, { contractActive: contractActive ?? false });
}
