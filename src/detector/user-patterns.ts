import { RE2JS } from 're2js';
import type { CompiledUserPattern, PatternDiagnostic, UserPatternSpec } from './types';
import { normalize } from './normalize/normalize';

// User patterns are compiled once with re2js: linear-time matching, so no pattern a user
// pastes can hang the content script. A bad pattern becomes a diagnostic, never a throw.
export const MAX_SOURCE_LENGTH = 500;
const MAX_MATCHES_PER_SCAN = 200;

function phraseSource(source: string): string | undefined {
  const folded = normalize(source).text.trim().replace(/\s+/g, ' ');
  if (folded.length === 0) return undefined;
  const quoted = folded
    .split(' ')
    .map((w) => RE2JS.quote(w))
    .join('\\s+');
  const head = /^[a-z0-9_]/.test(folded) ? '\\b' : '';
  const tail = /[a-z0-9_]$/.test(folded) ? '\\b' : '';
  return head + quoted + tail;
}

function problem(spec: UserPatternSpec): string | undefined {
  if (typeof spec.source !== 'string' || spec.source.trim().length === 0)
    return 'The pattern is empty.';
  if (spec.source.length > MAX_SOURCE_LENGTH) {
    return `The pattern is ${spec.source.length} characters long; the limit is ${MAX_SOURCE_LENGTH}.`;
  }
  return undefined;
}

function compileOne(spec: UserPatternSpec): CompiledUserPattern | string {
  const bad = problem(spec);
  if (bad) return bad;
  const source = spec.kind === 'phrase' ? phraseSource(spec.source) : spec.source;
  if (source === undefined) return 'The phrase has no visible characters.';
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const detail =
      error instanceof Error
        ? error.message.replace(/^error parsing regexp:\s*/, '')
        : String(error);
    return `This is not a valid RE2 regular expression (${detail}). Lookarounds and backreferences are not supported.`;
  }
  if (re.matches('')) return 'The pattern matches empty text, so it would flag everything.';
  const find = (text: string): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    try {
      const m = re.matcher(text);
      while (out.length < MAX_MATCHES_PER_SCAN && m.find()) {
        const s = m.start();
        const e = m.end();
        if (e > s) out.push([s, e]);
      }
    } catch {
      // a runtime failure in a user pattern must never break the scan
    }
    return out;
  };
  const base = {
    id: spec.id,
    kind: spec.kind,
    category: spec.category,
    severity: spec.severity,
    find,
  };
  return spec.note === undefined ? base : { ...base, note: spec.note };
}

export function compileUserPatterns(specs: readonly UserPatternSpec[]): {
  patterns: CompiledUserPattern[];
  diagnostics: PatternDiagnostic[];
} {
  const patterns: CompiledUserPattern[] = [];
  const diagnostics: PatternDiagnostic[] = [];
  for (const spec of specs ?? []) {
    const id = typeof spec?.id === 'string' ? spec.id : '?';
    try {
      const result = compileOne(spec);
      if (typeof result === 'string') diagnostics.push({ id, message: result });
      else patterns.push(result);
    } catch (error) {
      diagnostics.push({ id, message: `The pattern could not be compiled: ${String(error)}` });
    }
  }
  return { patterns, diagnostics };
}
