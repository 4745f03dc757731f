import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_POLICY, parsePolicy, readPolicy } from '@/src/store/policy';

const pattern = (id: string, source: string) => ({
  id,
  kind: 'phrase',
  source,
  category: 'payment',
  severity: 'high',
});

describe('team policy from managed storage', () => {
  it('means no policy when managed storage is empty or unavailable', async () => {
    expect(await readPolicy()).toEqual(NO_POLICY);
    const broken = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readPolicy(broken as never)).toEqual(NO_POLICY);
  });

  it('reads patterns, allowed terms and locked settings', async () => {
    await fakeBrowser.storage.managed.set({
      patterns: [pattern('bank', 'our bank details')],
      allowList: ['Stripe API'],
      locked: { sendGuard: true, sensitivity: 'balanced' },
    });
    const policy = await readPolicy();
    expect(policy.patterns).toEqual([
      { ...pattern('bank', 'our bank details'), id: 'policy:bank' },
    ]);
    expect(policy.allowList).toEqual(['Stripe API']);
    expect(policy.locked).toEqual({ sendGuard: true, sensitivity: 'balanced' });
  });

  it('keeps the good entries when one is malformed, and reports the bad one', () => {
    const policy = parsePolicy({
      patterns: [pattern('a', 'one'), { id: 'b', kind: 'glob' }, pattern('c', 'three')],
    });
    expect(policy.patterns.map((p) => p.id)).toEqual(['policy:a', 'policy:c']);
    expect(policy.problems).toEqual([
      { id: 'policy.patterns', message: expect.stringContaining('[1]') },
    ]);
  });

  it('ignores a malformed lock instead of applying it', () => {
    const policy = parsePolicy({ locked: { sendGuard: 'yes' } });
    expect(policy.locked).toEqual({});
    expect(policy.problems).toHaveLength(1);
  });
});

describe('a managed storage that never answers', () => {
  it('does not hold up the caller', async () => {
    const hanging = { get: () => new Promise(() => {}) };
    expect(await readPolicy(hanging as never, 10)).toEqual(NO_POLICY);
  });
});
