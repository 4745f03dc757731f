import type { Severity, UserPatternSpec } from '@/src/detector/types';
import type { CustomPattern, CustomPhrase, Sensitivity } from './schemas';

// How settings translate into what the detector understands; shared by the
// background (which publishes it) and the options page (which previews it).
export const WARN_SEVERITIES: Record<Sensitivity, Severity[]> = {
  strict: ['high', 'medium', 'low'],
  balanced: ['high', 'medium'],
  relaxed: ['high'],
};

export function userSpecs(phrases: CustomPhrase[], patterns: CustomPattern[]): UserPatternSpec[] {
  return [
    ...phrases.map(({ id, text, category, severity }) => ({
      id,
      kind: 'phrase' as const,
      source: text,
      category,
      severity,
    })),
    ...patterns.map(({ id, source, category, severity }) => ({
      id,
      kind: 'regex' as const,
      source,
      category,
      severity,
    })),
  ];
}
