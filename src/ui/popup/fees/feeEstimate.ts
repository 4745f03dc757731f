// Upwork's documented conversion-fee formula (from April 2020, article 360043723533):
// 12% x (hourly rate x 2,080 h), at least $1,000 and at most $50,000. An ESTIMATE only:
// Upwork computes the exact fee in the conversion flow.
export const HOURS_PER_YEAR = 2080;
export const FEE_MIN = 1000;
export const FEE_MAX = 50_000;
export const DOCUMENTED_PERCENT = 12;
/** An undated third-party copy of later terms says 13.5%, same range. */
export const LATER_COPY_PERCENT = 13.5;

export interface FeeEstimate {
  percent: number;
  annualEarnings: number;
  fee: number;
  clamped: 'min' | 'max' | null;
}

export function estimateConversionFee(
  hourlyRate: number,
  percent = DOCUMENTED_PERCENT,
): FeeEstimate {
  const annualEarnings = hourlyRate * HOURS_PER_YEAR;
  // Work in tenths of a cent so 12% of $41,600 is exactly $4,992.
  const raw = Math.round(annualEarnings * percent * 10) / 1000;
  const fee = Math.min(FEE_MAX, Math.max(FEE_MIN, raw));
  const clamped = raw < FEE_MIN ? 'min' : raw > FEE_MAX ? 'max' : null;
  return { percent, annualEarnings, fee, clamped };
}
