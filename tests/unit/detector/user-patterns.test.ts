import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { compileUserPatterns, compileUserPhrases, scan } from '@/src/detector';
import { phraseWords } from '@/src/detector/user-phrases';
import type { UserPatternSpec } from '@/src/detector/types';

const spec = (id: string, kind: UserPatternSpec['kind'], source: string): UserPatternSpec => ({
  id,
  kind,
  source,
  category: 'contact',
  severity: 'medium',
});

describe('compileUserPatterns', () => {
  it('compiles phrases and RE2 regexes', () => {
    const { patterns, diagnostics } = compileUserPatterns([
      spec('a', 'phrase', 'my cousin'),
      spec('b', 'regex', 'ref-\\d{4}'),
    ]);
    expect(diagnostics).toEqual([]);
    expect(patterns.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it.each([
    ['empty', 'regex', '   '],
    ['syntax', 'regex', 'a(b'],
    ['lookbehind', 'regex', '(?<=a)b'],
    ['backreference', 'regex', '(a)\\1'],
    ['empty match', 'regex', 'a*'],
    ['too long', 'regex', 'a'.repeat(501)],
    ['invisible phrase', 'phrase', '\u200b\u200b'],
  ] as const)('reports %s as a diagnostic, never a throw', (id, kind, source) => {
    const { patterns, diagnostics } = compileUserPatterns([spec(id, kind, source)]);
    expect(patterns).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.id).toBe(id);
    expect(diagnostics[0]?.message.length).toBeGreaterThan(10);
  });

  it('runs the catastrophic-backtracking pattern (a+)+$ in linear time', () => {
    const { patterns } = compileUserPatterns([spec('evil', 'regex', '(a+)+$')]);
    const text = `${'a'.repeat(50_000)}!`;
    expect(patterns[0]?.find(text)).toEqual([]);
  });

  it('matches phrases case-insensitively on normalised text and maps spans back', () => {
    const text = 'Ask MY\u200b COUSIN about it';
    const result = scan(text, { userPatterns: [spec('c', 'phrase', 'my cousin')] });
    const f = result.findings.find((x) => x.ruleId === 'user.c');
    expect(f && text.slice(f.start, f.end)).toBe('MY\u200b COUSIN');
  });

  it('skips invalid patterns inside scan', () => {
    const result = scan('hello', { userPatterns: [spec('bad', 'regex', '(')] });
    expect(result.flagged).toBe(false);
  });
});

// The content script matches phrases with a native regular expression (re2js stays in the
// background); they must find exactly what the same phrase compiled with RE2 finds.
describe('compileUserPhrases', () => {
  it('compiles phrases and leaves RE2 patterns to the background', () => {
    const { patterns, diagnostics } = compileUserPhrases([
      spec('a', 'phrase', 'my cousin'),
      spec('b', 'regex', 'ref-\\d{4}'),
      spec('c', 'regex', 'a('),
    ]);
    expect(diagnostics).toEqual([]);
    expect(patterns.map((p) => p.id)).toEqual(['a']);
  });

  it('treats regex characters in a phrase as literal text', () => {
    const { patterns } = compileUserPhrases([spec('p', 'phrase', 'pay (cash) + tip?')]);
    expect(patterns[0]?.find('we pay (cash) + tip? ok, not pay cash tip')).toEqual([[3, 20]]);
  });

  const re2Ranges = (phrase: string, text: string): Array<[number, number]> => {
    const words = phraseWords(phrase);
    const body = words.map((w) => RE2JS.quote(w)).join('\\s+');
    const source = `${/^\w/.test(words[0]!) ? '\\b' : ''}${body}${/\w$/.test(words.at(-1)!) ? '\\b' : ''}`;
    const m = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE).matcher(text);
    const out: Array<[number, number]> = [];
    while (out.length < 200 && m.find()) out.push([m.start(), m.end()]);
    return out;
  };

  it('finds what RE2 finds for the same phrase', () => {
    const alphabet = fc.constantFrom(...'ab ._-()+?$\\é1'.split(''), '  ', '\n');
    const piece = fc.string({ unit: alphabet, minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(piece, fc.array(piece, { maxLength: 12 }), (phrase, parts) => {
        if (phraseWords(phrase).length === 0) return;
        const text = parts.join('') + phrase + parts.reverse().join('');
        const { patterns } = compileUserPhrases([spec('p', 'phrase', phrase)]);
        expect(patterns[0]?.find(text)).toEqual(re2Ranges(phrase, text));
      }),
      { numRuns: 2000 },
    );
  });
});
