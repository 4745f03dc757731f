import { describe, expect, it } from 'vitest';
import { backwardsWindows, reversed } from '@/src/detector/backwards';

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

  it('never cuts a surrogate pair at a window edge', () => {
    const text = `${'😀'.repeat(400)}lapyap${'😀'.repeat(400)}`;
    const [[from, to]] = backwardsWindows(text, [text.indexOf('lapyap')]) as [[number, number]];
    const low = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
    expect(low(text.charCodeAt(from))).toBe(false);
    expect(to === text.length || !low(text.charCodeAt(to))).toBe(true);
  });
});
