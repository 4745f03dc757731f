// Onside's detector: pure (no DOM, no browser APIs), text and options in, findings out.
import { buildScanner, type Scanner } from './scanner';
import type { ScanOptions, ScanResult } from './types';
import { compileUserPatterns } from './user-patterns';

export { buildScanner, type Scanner, type ScannerParts } from './scanner';
export { compileUserPatterns, compileUserRegexes, MAX_SOURCE_LENGTH } from './user-patterns';
export { compileUserPhrases } from './user-phrases';
export { RULE_PACK } from './rules/pack';
export { RulePackSchema, RuleSchema } from './rules/schema';
export type { Rule, RulePack, RuleCondition } from './rules/types';
export { TEMPLATES, type Template } from './templates';
export { normalize, toOriginal, type Normalized } from './normalize/normalize';
export { POLICIES } from './policies';
export type * from './types';

/** A scanner with the built-in rules and the user's phrases and RE2 patterns. */
export function createScanner(options: Omit<ScanOptions, 'contractActive'> = {}): Scanner {
  const { patterns } = compileUserPatterns(options.userPatterns ?? []);
  return buildScanner({ allowList: options.allowList ?? [], patterns });
}

/** One-off scan. For repeated scans with the same options, use `createScanner`. */
export function scan(text: string, options: ScanOptions = {}): ScanResult {
  const { contractActive, ...rest } = options;
  return createScanner(rest).scan(text, { contractActive: contractActive ?? false });
}
