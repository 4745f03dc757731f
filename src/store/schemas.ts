import * as z from 'zod/mini';
import { SITE_IDS, type SiteId } from '@/src/shared/sites';

// The shapes of everything Onside stores or imports, checked wherever data
// crosses a trust boundary (storage read, import file, managed policy).
export const categorySchema = z.enum(['payment', 'contact', 'circumvention']);
export const severitySchema = z.enum(['high', 'medium', 'low']);
export const siteIdSchema = z.enum(SITE_IDS as [SiteId, ...SiteId[]]);
export const sensitivitySchema = z.enum(['strict', 'balanced', 'relaxed']);
export type Sensitivity = z.infer<typeof sensitivitySchema>;

const id = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const text = z
  .string()
  .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(500, 'is too long'));

export const customPhraseSchema = z.object({
  id,
  text,
  category: categorySchema,
  severity: severitySchema,
});
export type CustomPhrase = z.infer<typeof customPhraseSchema>;

export const customPatternSchema = z.object({
  id,
  source: text,
  category: categorySchema,
  severity: severitySchema,
});
export type CustomPattern = z.infer<typeof customPatternSchema>;

export const allowTermSchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200));

export const ignoredSchema = z.object({
  ruleId: z.string().check(z.minLength(1)),
  text: z.string().check(z.maxLength(500)),
});
export type IgnoredFinding = z.infer<typeof ignoredSchema>;

export const roomKeySchema = z.string().check(z.minLength(1), z.maxLength(2000));

export const userTemplateSchema = z.object({
  id,
  title: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(120)),
  text: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(5000)),
});
export type UserTemplate = z.infer<typeof userTemplateSchema>;

export const userPatternSpecSchema = z.object({
  id,
  kind: z.enum(['phrase', 'regex']),
  source: text,
  category: categorySchema,
  severity: severitySchema,
  note: z.optional(z.string().check(z.maxLength(500))),
});
