import type { CompiledUserPattern, PatternDiagnostic, UserPatternSpec } from './types';
import { normalize } from './normalize/normalize';

// What every user pattern shares, and the phrases themselves. A phrase is a run of
// literal words, so a native regular expression matches it in linear time: the
// content script matches phrases itself, without carrying a regex engine. RE2
// patterns (user-patterns.ts) are matched where re2js lives, in the background.
export const MAX_SOURCE_LENGTH = 500;
const MAX_MATCHES_PER_SCAN = 200;

/** [start, end) ranges of a pattern in the text it is given; never throws. */
export type Find = (text: string) => Array<[number, number]>;
/** A matcher for one spec, or the diagnostic that says why there is none. */
export type MatcherFor = (spec: UserPatternSpec) => Find | string;
export interface Compiled {
  patterns: CompiledUserPattern[];
  diagnostics: PatternDiagnostic[];
}

function problem(spec: UserPatternSpec): string | undefined {
  if (typeof spec.source !== 'string' || spec.source.trim().length === 0)
    return 'The pattern is empty.';
  if (spec.source.length > MAX_SOURCE_LENGTH) {
    return `The pattern is ${spec.source.length} characters long; the limit is ${MAX_SOURCE_LENGTH}.`;
  }
  return undefined;
}

/** Runs `next` until it finds nothing, keeping at most MAX_MATCHES_PER_SCAN non-empty ranges. */
export function collectMatches(next: () => [number, number] | null): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  try {
    for (let m = next(); m && out.length < MAX_MATCHES_PER_SCAN; m = next()) {
      if (m[1] > m[0]) out.push(m);
    }
  } catch {
    // a runtime failure in a user pattern must never break the scan
  }
  return out;
}

// Only the syntax characters: with the `u` flag any other escape is an error.
const escapeLiteral = (word: string) => word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** Folds a phrase the way scanned text is folded; the words, or none if nothing is visible. */
export function phraseWords(source: string): string[] {
  const folded = normalize(source).text.trim();
  return folded.length === 0 ? [] : folded.split(/\s+/);
}

export const phraseMatcher: MatcherFor = (spec) => {
  const words = phraseWords(spec.source);
  if (words.length === 0) return 'The phrase has no visible characters.';
  const body = words.map(escapeLiteral).join('\\s+');
  const head = /^\w/.test(body) ? '\\b' : '';
  const tail = /\w$/.test(body) ? '\\b' : '';
  // Literal words joined by whitespace: no nested repetition, so no backtracking blow-up.
  const re = new RegExp(head + body + tail, 'giu');
  return (text) => {
    re.lastIndex = 0;
    return collectMatches(() => {
      const m = re.exec(text);
      return m ? [m.index, m.index + m[0].length] : null;
    });
  };
};

/** Compiles each spec with `matcherFor`; a bad spec becomes a diagnostic, never a throw. */
export function compileWith(specs: readonly UserPatternSpec[], matcherFor: MatcherFor): Compiled {
  const patterns: CompiledUserPattern[] = [];
  const diagnostics: PatternDiagnostic[] = [];
  for (const spec of specs ?? []) {
    const id = typeof spec?.id === 'string' ? spec.id : '?';
    try {
      const find = problem(spec) ?? matcherFor(spec);
      if (typeof find === 'string') {
        diagnostics.push({ id, message: find });
        continue;
      }
      const base = { id, kind: spec.kind, category: spec.category, severity: spec.severity, find };
      patterns.push(spec.note === undefined ? base : { ...base, note: spec.note });
    } catch (error) {
      diagnostics.push({ id, message: `The pattern could not be compiled: ${String(error)}` });
    }
  }
  return { patterns, diagnostics };
}

/** The user's phrases only; RE2 patterns are left to `compileUserPatterns`. */
export function compileUserPhrases(specs: readonly UserPatternSpec[]): Compiled {
  return compileWith(
    (specs ?? []).filter((spec) => spec?.kind === 'phrase'),
    phraseMatcher,
  );
}
