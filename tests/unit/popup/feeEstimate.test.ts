import { describe, expect, it } from 'vitest';
import { estimateConversionFee } from '@/src/ui/popup/fees/feeEstimate';

describe('estimateConversionFee (12% x rate x 2,080 h, $1,000-$50,000)', () => {
  it.each([
    // rate, fee, clamped
    [20, 4992, null], // the help article's own example
    [0, 1000, 'min'],
    [4, 1000, 'min'], // 998.40 before the floor
    [4.01, 1000.896, null],
    [200, 49_920, null],
    [201, 50_000, 'max'], // 50,169.60 before the cap
    [1000, 50_000, 'max'],
  ] as const)('$%s/h gives $%s', (rate, fee, clamped) => {
    const estimate = estimateConversionFee(rate);
    expect(estimate.fee).toBeCloseTo(fee, 6);
    expect(estimate.clamped).toBe(clamped);
    expect(estimate.annualEarnings).toBe(rate * 2080);
  });

  it('computes the later 13.5% copy with the same range', () => {
    expect(estimateConversionFee(20, 13.5).fee).toBe(5616);
    expect(estimateConversionFee(1, 13.5)).toMatchObject({ fee: 1000, clamped: 'min' });
    expect(estimateConversionFee(500, 13.5)).toMatchObject({ fee: 50_000, clamped: 'max' });
  });
});
