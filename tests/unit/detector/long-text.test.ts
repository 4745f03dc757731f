import { describe, expect, it } from 'vitest';
import { createScanner } from '@/src/detector';
import { MAX_FINDINGS, STRETCH, stretchEnd } from '@/src/detector/scanner';

const WORK = 'The hero image is compressed and the form validates emails now. ';
const ASK = 'Can you pay me on PayPal directly? Fewer fees for both of us.';
const scanner = createScanner({});

describe('stretchEnd: where a long text is cut', () => {
  it('does not cut a text of up to two stretches', () => {
    const text = 'a'.repeat(2 * STRETCH);
    expect(stretchEnd(text, 0)).toBe(text.length);
  });

  it('cuts after a line break past one stretch', () => {
    const text = `${'word '.repeat(STRETCH / 5 + 100)}\n${'word '.repeat(STRETCH)}`;
    const cut = stretchEnd(text, 0);
    expect(cut).toBeGreaterThan(STRETCH);
    expect(text[cut - 1]).toBe('\n');
  });

  it('else after a sentence end, else after a space', () => {
    const sentences = WORK.repeat(Math.ceil((3 * STRETCH) / WORK.length));
    const atSentence = stretchEnd(sentences, 0);
    expect(sentences.slice(atSentence - 2, atSentence)).toBe('. ');
    const words = 'word '.repeat(Math.ceil((3 * STRETCH) / 5));
    expect(words[stretchEnd(words, 0) - 1]).toBe(' ');
  });

  it('never splits a surrogate pair in one unbroken run', () => {
    const emoji = '😀'.repeat(3 * STRETCH);
    for (const from of [0, 1, 2, 3]) {
      const cut = stretchEnd(emoji, from * 2);
      expect(cut % 2).toBe(0);
      expect(cut).toBeLessThanOrEqual(from * 2 + 2 * STRETCH);
    }
  });
});

describe('scan: long texts', () => {
  it('finds an ask at the very end of a megabyte of work talk, on one line or many', () => {
    for (const sep of [' ', '\n']) {
      const text = `${WORK.trim()
        .concat(sep)
        .repeat(Math.ceil((1 << 20) / WORK.length))}${ASK}`;
      const { findings } = scanner.scan(text);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((f) => f.start >= text.length - ASK.length)).toBe(true);
      expect(text.slice(findings[0]?.start, findings[0]?.end)).toContain('PayPal');
    }
  });

  it('finds an ask on each side of every cut', () => {
    const lines: string[] = [];
    for (let size = 0; size < 6 * STRETCH; size += WORK.length) lines.push(WORK);
    for (let at = 40; at < lines.length; at += 97) lines[at] = ASK;
    const text = lines.join('\n');
    const asks = lines.filter((l) => l === ASK).length;
    const flaggedLines = new Set(
      scanner.scan(text).findings.map((f) => text.slice(0, f.start).split('\n').length),
    );
    expect(flaggedLines.size).toBe(asks);
  });

  it('keeps the first MAX_FINDINGS findings of a text denser than the cap, in order', () => {
    const text = `${ASK}\n`.repeat(2000);
    const { findings } = scanner.scan(text);
    expect(findings).toHaveLength(MAX_FINDINGS);
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(starts[0]).toBe(scanner.scan(ASK).findings[0]?.start);
    expect(
      findings.every((f) => f.end <= text.length && text.slice(f.start, f.end).length > 0),
    ).toBe(true);
    // The first lines are the ones reported: the cap keeps the earliest findings.
    expect(Math.max(...findings.map((f) => f.end))).toBeLessThan(200 * (ASK.length + 1));
  });

  it('lets a contract said to have started cover contact details only within reach', () => {
    // Sentences that may say so are read only once a contact finding needs them; the verdict
    // must be the one reading each at once would give, however many come in between.
    const open = 'Quick update on the store. The hero banner is done.';
    const started = 'Contract #3 is live now.';
    const project = 'The project page still needs the invoice footer.';
    const contact = 'My Telegram is @lena_qa for deploy nights.';
    const flagged = (...parts: string[]): boolean => scanner.scan(parts.join(' ')).flagged;
    for (const n of [0, 2])
      expect(flagged(open, started, ...Array(n).fill(project), contact)).toBe(false);
    for (const n of [3, 40])
      expect(flagged(open, started, ...Array(n).fill(project), contact)).toBe(true);
    // Said again just after the details, it covers them whatever came before.
    expect(flagged(open, started, ...Array(40).fill(project), contact, started)).toBe(false);
    expect(flagged(open, contact, ...Array(2).fill(project), started)).toBe(true);
  });
});
