import { normalize, toOriginal } from './normalize/normalize';
import { POLICIES } from './policies';
import type { Category, CompiledUserPattern, Finding, PolicyRef } from './types';

// Findings from the user's own phrases and RE2 patterns, matched on the normalised text.
const POLICY_BY_CATEGORY: Record<Category, PolicyRef> = {
  payment: POLICIES.circumvention,
  circumvention: POLICIES.circumvention,
  contact: POLICIES.contactInfo,
};

export function userFindings(text: string, patterns: readonly CompiledUserPattern[]): Finding[] {
  if (patterns.length === 0) return [];
  const norm = normalize(text);
  const out: Finding[] = [];
  for (const p of patterns) {
    for (const [s, e] of p.find(norm.text)) {
      const [start, end] = toOriginal(norm, s, e);
      if (end <= start) continue;
      out.push({
        ruleId: `user.${p.id}`,
        userPatternId: p.id,
        category: p.category,
        severity: p.severity,
        start,
        end,
        message: p.note ?? `Matches your own pattern "${p.id}".`,
        policy: POLICY_BY_CATEGORY[p.category],
      });
    }
  }
  return out;
}
