import { describe, expect, it } from 'vitest';
import { createScanner } from '@/src/detector';
import { CACHE_MASK, KeyCache } from '@/src/detector/intern';
import { tokenize } from '@/src/detector/tokens';

/** The keys of the tokens `text` splits into, in order. */
const keysOf = (text: string): string[] => {
  const t = tokenize(text);
  return t.keys.slice(0, t.count);
};

// The tokenizer's word cache is direct-mapped by a hash of the word: a word that lands in
// the same slot as another must never be read as that other word.
const slotOf = (word: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 16777619);
  return (hash ^ (hash >>> 14)) & CACHE_MASK;
};

/** A made-up word of the same length as `word` that lands in the same cache slot. */
function collider(word: string): string {
  const target = slotOf(word);
  for (let n = 0; ; n++) {
    let candidate = '';
    for (let k = n, i = 0; i < word.length; i++, k = Math.floor(k / 26))
      candidate += String.fromCharCode(97 + (k % 26));
    if (candidate !== word && slotOf(candidate) === target) return candidate;
  }
}

describe('tokenizer word cache', () => {
  it('reads each word as itself when two words share a cache slot', () => {
    const other = collider('whatsapp');
    const cache = new KeyCache({ value: (key: string) => key.length, flags: () => 0 });
    const tokens = tokenize(`${other} whatsapp ${other} whatsapp`, cache);
    expect(tokens.keys.slice(0, tokens.count)).toEqual([other, 'whatsapp', other, 'whatsapp']);
    expect(tokens.values.slice(0, tokens.count)).toEqual([other.length, 8, other.length, 8]);
  });

  it('tokens from an earlier, longer message do not leak into a shorter one', () => {
    const cache = new KeyCache({ value: (key: string) => key, flags: () => 1 });
    tokenize('one two three four five six seven', cache);
    const tokens = tokenize('alpha beta', cache);
    expect(tokens.count).toBe(2);
    expect(tokens.keys[2]).toBe('');
    expect(tokens.flags[2]).toBe(0);
    expect(tokens.start[2]).toBe(0);
  });

  it('keeps every token of a long message that has only a few', () => {
    // A megabyte pasted as one "word" after an ask: the buffers are sized for prose, and
    // must not be reset under the tokens they hold.
    const scanner = createScanner();
    scanner.scan('a b c '.repeat(100_000)); // grows the buffers first
    const result = scanner.scan(`Pay me on PayPal. ${'x'.repeat(1_000_000)}`);
    expect(result.findings.map((f) => [f.ruleId, f.start, f.end])).toEqual([
      ['payment.offplatform-rail', 10, 16],
    ]);
  });
});

describe('tokenizer slashes', () => {
  it('keeps the chat shorthand "w/o" as one word', () => {
    expect(keysOf('keep going w/o upwork')).toEqual(['keep', 'going', 'w/o', 'upwork']);
  });
  it('splits every other slash', () => {
    expect(keysOf('a/b w/out 24/7 w/ours w/o')).toEqual([
      'a',
      'b',
      'w',
      'out',
      '24',
      '7',
      'w',
      'ours',
      'w/o',
    ]);
  });
});

describe('tokenizer asterisks', () => {
  it('keeps a letter masked by an asterisk inside its word ("z*lle", "upw*rk")', () => {
    expect(keysOf('z*lle off upw*rk')).toEqual(['z*lle', 'off', 'upw*rk']);
  });
  it('splits an asterisk that is not between two letters', () => {
    expect(keysOf('x*2 *bold* int *ptr')).toEqual(['x', '2', 'bold', 'int', 'ptr']);
  });
});

describe('tokenizer exclamation marks', () => {
  it('keeps an "i" written "!" inside a short word ("s!gnal", "w!$e")', () => {
    expect(keysOf('s!gnal or w!$e')).toEqual(['s!gnal', 'or', 'w!$e']);
  });
  it('ends a word at "!" after a longer word, before a space or at the end', () => {
    expect(keysOf('great!thanks wow! ok!')).toEqual(['great', 'thanks', 'wow', 'ok']);
  });
});
