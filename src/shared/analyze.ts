import { buildScanner } from '@/src/detector/scanner';
import type { CompiledUserPattern, Finding, UserPatternSpec } from '@/src/detector/types';
import type { EffectiveConfig } from '@/src/store/effective';

// Turns the user's effective settings into the function each box calls on a
// pause: compiled once per settings change, applied per conversation. This file
// imports no regex engine, so the content script stays small: there the user's
// phrases are matched in the page and RE2 patterns in the background (see
// `needsBackground`), which also scans very long messages (see LARGE_TEXT).
export type Analyze = (text: string) => Finding[];

export interface AnalyzerSetup {
  /** Compiles the user's patterns this analyzer matches (all, phrases only or RE2 only). */
  compile(specs: readonly UserPatternSpec[]): { patterns: CompiledUserPattern[] };
  /** false: the user's patterns alone, without the built-in rules. */
  builtIn?: boolean;
}

export function createAnalyzer(
  config: EffectiveConfig,
  room: string,
  setup: AnalyzerSetup,
): Analyze {
  const scanner = buildScanner({
    allowList: config.allowList,
    patterns: setup.compile(config.userPatterns).patterns,
    builtIn: setup.builtIn ?? true,
  });
  const contractActive = config.contractActiveRooms.includes(room);
  const warn = new Set(config.warnSeverities);
  const ignored = new Set(
    config.ignored.map((entry) => `${entry.ruleId}\u0000${entry.text.toLowerCase()}`),
  );
  return (text) =>
    scanner
      .scan(text, { contractActive })
      .findings.filter((finding) => warn.has(finding.severity))
      .filter(
        (finding) =>
          !ignored.has(
            `${finding.ruleId}\u0000${text.slice(finding.start, finding.end).toLowerCase()}`,
          ),
      );
}

/** Whether some of the user's patterns are RE2 patterns, matched only in the background. */
export const needsBackground = (config: EffectiveConfig) =>
  config.userPatterns.some((spec) => spec.kind === 'regex');

/** Findings of two scans of the same text, in text order. */
export const mergeFindings = (a: readonly Finding[], b: readonly Finding[]): Finding[] =>
  [...a, ...b].sort((x, y) => x.start - y.start || x.end - y.end);

/**
 * Above this many characters a scan runs in the background instead of on the
 * page's main thread, so a huge paste never freezes the page.
 */
export const LARGE_TEXT = 64 * 1024;
