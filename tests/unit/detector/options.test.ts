import { describe, expect, it } from 'vitest';
import { createScanner, scan } from '@/src/detector';

describe('contractActive', () => {
  it('allows plain contact sharing for the work once a contract is active', () => {
    const text = 'Here is my email for the project files: sam.okafor.design@outlook.com';
    expect(scan(text).categories).toContain('contact');
    expect(scan(text, { contractActive: true }).flagged).toBe(false);
  });

  it('still flags asking to pay outside', () => {
    const text =
      'Now that we have a contract, can you pay the rest by PayPal directly to skip the fee?';
    const result = scan(text, { contractActive: true });
    expect(result.categories).toContain('payment');
  });
});

describe('allow-list', () => {
  it('drops a finding whose matched text equals an allowed term, whatever its case or width', () => {
    const text = 'Message me on WhatsApp before the offer.';
    expect(scan(text).flagged).toBe(true);
    const allowed = scan(text, { allowList: ['ＷｈａｔｓＡｐｐ'] });
    expect(allowed.findings.some((f) => text.slice(f.start, f.end) === 'WhatsApp')).toBe(false);
  });
});

describe('createScanner', () => {
  it('reuses compiled options across scans', () => {
    const scanner = createScanner({
      userPatterns: [
        { id: 'x', kind: 'phrase', source: 'side gig', category: 'circumvention', severity: 'low' },
      ],
    });
    expect(scanner.scan('Happy to do the side gig.').findings.map((f) => f.ruleId)).toContain(
      'user.x',
    );
    expect(scanner.scan('Nothing to see.').flagged).toBe(false);
  });

  it('returns a clean result for empty and non-string input', () => {
    const scanner = createScanner({});
    expect(scanner.scan('')).toEqual({ flagged: false, categories: [], findings: [] });
    expect(scanner.scan(undefined as unknown as string).flagged).toBe(false);
  });
});

describe('sentence range', () => {
  it('covers the sentence that holds the finding, for the compliant rewording', () => {
    const text =
      'The mockups are ready. Can you pay me via Venmo instead of the milestone? Thanks!';
    const f = scan(text).findings.find((x) => x.category === 'payment');
    expect(f?.sentence).toBeDefined();
    expect(text.slice(f?.sentence?.start, f?.sentence?.end)).toBe(
      'Can you pay me via Venmo instead of the milestone?',
    );
    expect(f?.suggestion).toBeTruthy();
  });
});
