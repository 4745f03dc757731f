import { z } from 'zod';
import { CONCEPTS } from '../lexicon/concepts';

// Validates a rule pack wherever one crosses a trust boundary (and the built-in one in tests).
const concept = z.enum(CONCEPTS);
const category = z.enum(['payment', 'contact', 'circumvention']);

export const PolicyRefSchema = z.object({
  title: z.string().min(1),
  url: z.url().startsWith('https://'),
  checked: z.iso.date(),
});

export const RuleSchema = z.object({
  id: z.string().regex(/^[a-z]+\.[a-z-]+$/),
  category,
  severity: z.enum(['high', 'medium', 'low']),
  message: z.string().min(10),
  policy: PolicyRefSchema,
  suggestion: z.string().min(10).optional(),
  preContractOnly: z.boolean().optional(),
  when: z.object({
    all: z.array(concept).min(1),
    any: z.array(z.array(concept).min(1)).optional(),
    none: z.array(concept).optional(),
    anchor: z.array(concept).min(1),
  }),
});

export const RulePackSchema = z
  .object({ version: z.string().min(1), rules: z.array(RuleSchema).min(1) })
  .refine(
    (p) => new Set(p.rules.map((r) => r.id)).size === p.rules.length,
    'rule ids must be unique',
  );
