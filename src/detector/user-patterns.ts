import { RE2JS } from 're2js';
import type { UserPatternSpec } from './types';
import {
  collectMatches,
  compileWith,
  phraseMatcher,
  type Compiled,
  type Find,
} from './user-phrases';

// User RE2 patterns are compiled once with re2js: linear-time matching, so no pattern a
// user pastes can hang a scan. A bad pattern becomes a diagnostic, never a throw. re2js
// is kept out of the content script: there only phrases are matched (user-phrases.ts),
// and the background matches these patterns.
export { MAX_SOURCE_LENGTH } from './user-phrases';

function regexMatcher(spec: UserPatternSpec): Find | string {
  let re: RE2JS;
  try {
    re = RE2JS.compile(spec.source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const detail =
      error instanceof Error
        ? error.message.replace(/^error parsing regexp:\s*/, '')
        : String(error);
    return `This is not a valid RE2 regular expression (${detail}). Lookarounds and backreferences are not supported.`;
  }
  if (re.matches('')) return 'The pattern matches empty text, so it would flag everything.';
  return (text) => {
    const m = re.matcher(text);
    return collectMatches(() => (m.find() ? [m.start(), m.end()] : null));
  };
}

/** Phrases and RE2 patterns alike. */
export function compileUserPatterns(specs: readonly UserPatternSpec[]): Compiled {
  return compileWith(specs, (spec) =>
    spec.kind === 'phrase' ? phraseMatcher(spec) : regexMatcher(spec),
  );
}

/** The RE2 patterns only: what the background matches for a content script. */
export function compileUserRegexes(specs: readonly UserPatternSpec[]): Compiled {
  return compileWith(
    (specs ?? []).filter((spec) => spec?.kind === 'regex'),
    regexMatcher,
  );
}
