import { describe, expect, it } from 'vitest';
import { compiledOnFirstUse } from '../../../src/detector/compiled-regexp';

describe('compiledOnFirstUse', () => {
  it('gives the same pattern, matching as it would without the first run', () => {
    const pattern = /\b(?:contract|project) (?:has )?started\b/;
    const get = compiledOnFirstUse(pattern);
    expect(get()).toBe(pattern);
    expect(get().exec('so the project has started, great')?.[0]).toBe('project has started');
    expect(get().exec('nothing here')).toBeNull();
  });

  it('leaves a global or sticky pattern reading from the start', () => {
    for (const pattern of [/a/g, /a/y]) {
      const get = compiledOnFirstUse(pattern);
      expect(get().lastIndex).toBe(0);
      expect(get().exec('abc')?.index).toBe(0);
    }
  });

  it('leaves a pattern that matches blank text reading from the start', () => {
    const get = compiledOnFirstUse(/ +/g);
    expect(get().lastIndex).toBe(0);
    expect(get().exec('x  y')?.index).toBe(1);
  });
});
