import { describe, expect, it } from 'vitest';
import { RULE_PACK, RulePackSchema, scan, TEMPLATES } from '@/src/detector';

describe('RULE_PACK', () => {
  it('is a valid, versioned pack', () => {
    const parsed = RulePackSchema.safeParse(RULE_PACK);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  });

  it('links every rule to an official Upwork help article', () => {
    for (const rule of RULE_PACK.rules) {
      expect(rule.policy.url).toMatch(/^https:\/\/support\.upwork\.com\/hc\/en-us\/articles\/\d+$/);
    }
  });
});

describe('compliant wording scans clean', () => {
  const suggestions = [
    ...new Set(RULE_PACK.rules.flatMap((r) => (r.suggestion ? [r.suggestion] : []))),
  ];
  it.each(suggestions)('suggestion: %s', (text) => {
    expect(scan(text).findings).toEqual([]);
  });

  it.each(
    TEMPLATES.flatMap((t) => [
      [`${t.id} (en)`, t.text.en] as const,
      [`${t.id} (es)`, t.text.es] as const,
    ]),
  )('template %s', (_id, text) => {
    expect(scan(text).findings).toEqual([]);
  });

  it('has the five templates the UI offers', () => {
    expect(TEMPLATES.map((t) => t.id).sort()).toEqual([
      'decline-contact',
      'decline-payment',
      'propose-conversion',
      'propose-milestones',
      'spot-scam',
    ]);
  });
});
