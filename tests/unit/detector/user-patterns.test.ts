import { describe, expect, it } from 'vitest';
import { compileUserPatterns, scan } from '@/src/detector';
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
