import * as z from 'zod/mini';
import { CONCEPTS } from '../lexicon/concepts';

// Validates a rule pack wherever one crosses a trust boundary (and the built-in one in tests).
const concept = z.enum(CONCEPTS);
const category = z.enum(['payment', 'contact', 'circumvention']);

export const PolicyRefSchema = z.object({
  title: z.string().check(z.minLength(1)),
  url: z.url().check(z.startsWith('https://')),
  checked: z.iso.date(),
});

export const RuleSchema = z.object({
  id: z.string().check(z.regex(/^[a-z]+\.[a-z-]+$/)),
  category,
  severity: z.enum(['high', 'medium', 'low']),
  message: z.string().check(z.minLength(10)),
  policy: PolicyRefSchema,
  suggestion: z.optional(z.string().check(z.minLength(10))),
  preContractOnly: z.optional(z.boolean()),
  when: z.object({
    all: z.array(concept).check(z.minLength(1)),
    any: z.optional(z.array(z.array(concept).check(z.minLength(1)))),
    none: z.optional(z.array(concept)),
    anchor: z.array(concept).check(z.minLength(1)),
  }),
});

export const RulePackSchema = z
  .object({
    version: z.string().check(z.minLength(1)),
    rules: z.array(RuleSchema).check(z.minLength(1)),
  })
  .check(
    z.refine(
      (p) => new Set(p.rules.map((r) => r.id)).size === p.rules.length,
      'rule ids must be unique',
    ),
  );
