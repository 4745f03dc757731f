import { z } from 'zod';
import { SITE_IDS, type SiteId } from '@/src/shared/sites';

// The shapes of everything Onside stores or imports, checked wherever data
// crosses a trust boundary (storage read, import file, managed policy).
export const categorySchema = z.enum(['payment', 'contact', 'circumvention']);
export const severitySchema = z.enum(['high', 'medium', 'low']);
export const siteIdSchema = z.enum(SITE_IDS as [SiteId, ...SiteId[]]);
export const sensitivitySchema = z.enum(['strict', 'balanced', 'relaxed']);
export type Sensitivity = z.infer<typeof sensitivitySchema>;

const id = z.string().trim().min(1).max(80);
const text = z.string().trim().min(1, 'must not be empty').max(500, 'is too long');

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

export const allowTermSchema = z.string().trim().min(1, 'must not be empty').max(200);

export const ignoredSchema = z.object({ ruleId: z.string().min(1), text: z.string().max(500) });
export type IgnoredFinding = z.infer<typeof ignoredSchema>;

export const roomKeySchema = z.string().min(1).max(2000);

export const userTemplateSchema = z.object({
  id,
  title: z.string().trim().min(1, 'must not be empty').max(120),
  text: z.string().trim().min(1, 'must not be empty').max(5000),
});
export type UserTemplate = z.infer<typeof userTemplateSchema>;

export const userPatternSpecSchema = z.object({
  id,
  kind: z.enum(['phrase', 'regex']),
  source: text,
  category: categorySchema,
  severity: severitySchema,
  note: z.string().max(500).optional(),
});
