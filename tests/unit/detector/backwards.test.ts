import { describe, expect, it } from 'vitest';
import { backwardsWindows, reversed } from '@/src/detector/backwards';
import { createScanner } from '@/src/detector';

describe('reading backwards', () => {
  it('reverses by code points, keeping surrogate pairs whole', () => {
    expect(reversed('ab😀c')).toBe('c😀ba');
  });

  it('reads only the line around a backwards word', () => {
    const text = 'first line\nppastahw no em dda\nlast line';
    const [[from, to]] = backwardsWindows(text, [text.indexOf('ppastahw')]) as [[number, number]];
    expect(text.slice(from, to)).toBe('ppastahw no em dda');
  });

  it('merges marks on one line and caps a long line on both sides', () => {
    const long = `${'x '.repeat(1000)}lapyap ym ot ti dnes ppastahw${' y'.repeat(1000)}`;
    const marks = [long.indexOf('lapyap'), long.indexOf('ppastahw')];
    const windows = backwardsWindows(long, marks);
    expect(windows).toHaveLength(1);
    const [[from, to]] = windows as [[number, number]];
    expect(from).toBeGreaterThan(0);
    expect(to).toBeLessThan(long.length);
    expect(long.slice(from, to)).toContain('lapyap ym ot ti dnes ppastahw');
  });

  it('finds the lines of marks on several lines, each capped to its own line', () => {
    const text = 'lapyap one\nplain middle line\nppastahw two';
    const windows = backwardsWindows(text, [text.indexOf('lapyap'), text.indexOf('ppastahw')]);
    expect(windows.map(([a, b]) => text.slice(a, b))).toEqual(['lapyap one', 'ppastahw two']);
  });

  it('never cuts a surrogate pair at a window edge', () => {
    const text = `${'😀'.repeat(400)}lapyap${'😀'.repeat(400)}`;
    const [[from, to]] = backwardsWindows(text, [text.indexOf('lapyap')]) as [[number, number]];
    const low = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
    expect(low(text.charCodeAt(from))).toBe(false);
    expect(to === text.length || !low(text.charCodeAt(to))).toBe(true);
  });
});

describe('reading text after a right-to-left override as shown', () => {
  const scanner = createScanner({});

  it('finds an address typed backwards behind the override and marks it as typed', () => {
    const typed = 'elpmaxe.liamtsaf@anaj';
    const text = `mine, as promised: \u202e${typed}\u202c thanks`;
    const result = scanner.scan(text);
    const email = result.findings.find((f) => f.ruleId === 'contact.email');
    expect(email).toBeDefined();
    expect(text.slice(email?.start, email?.end)).toBe(typed);
  });

  it('leaves an override that reverses nothing risky alone', () => {
    expect(scanner.scan('Hebrew UI bug: the \u202e override flips the title').flagged).toBe(false);
  });
});
