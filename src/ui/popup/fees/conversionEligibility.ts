import {
  addMonths,
  calendarDateIn,
  daysBetween,
  parseCalendarDate,
  type CalendarDate,
} from '@/src/ui/shared/calendarDate';
import { estimateConversionFee, LATER_COPY_PERCENT, type FeeEstimate } from './feeEstimate';

// Upwork's non-circumvention window: 24 months from when the two parties first connected
// through Upwork. The mark is the same calendar day two years later, clamped to the
// month's last day (connected Feb 29 → mark Feb 28). It is reached ON that day. Both the
// entered date and today are calendar dates in the user's zone: no UTC shift.
export const RELATIONSHIP_MONTHS = 24;

export interface EligibilityInput {
  /** The value of the date input, YYYY-MM-DD (empty when not filled in). */
  firstConnected: string;
  /** The value of the rate input as typed (optional). */
  highestRate?: string;
  now: Date;
  /** IANA zone for "today"; the user's own when omitted. */
  timeZone?: string;
}

export type DateError = 'empty' | 'invalid' | 'future';
export type RateError = 'notANumber' | 'negative';

export type Eligibility =
  | { ok: false; dateError?: DateError; rateError?: RateError }
  | {
      ok: true;
      connected: CalendarDate;
      mark: CalendarDate;
      /** The 24-month mark is today or earlier: the nominal $1 route applies. */
      reached: boolean;
      daysUntilMark: number;
      /** Only when a rate was given and the mark is not reached. */
      estimate: FeeEstimate | null;
      laterCopyEstimate: FeeEstimate | null;
    };

export function parseRate(text: string | undefined): number | null | RateError {
  const trimmed = (text ?? '').trim().replace(/^\$/, '').replace(/,/g, '');
  if (trimmed === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return 'notANumber';
  const rate = Number(trimmed);
  return rate < 0 ? 'negative' : rate;
}

function dateError(connected: CalendarDate | null, text: string, today: CalendarDate) {
  if (text.trim() === '') return 'empty';
  if (!connected) return 'invalid';
  return daysBetween(today, connected) > 0 ? 'future' : undefined;
}

export function conversionEligibility(input: EligibilityInput): Eligibility {
  const today = calendarDateIn(input.now, input.timeZone);
  const connected = parseCalendarDate(input.firstConnected);
  const rate = parseRate(input.highestRate);
  const dateProblem = dateError(connected, input.firstConnected, today);
  const rateProblem = typeof rate === 'string' ? rate : undefined;
  if (dateProblem || rateProblem || !connected) {
    return { ok: false, dateError: dateProblem, rateError: rateProblem };
  }
  const mark = addMonths(connected, RELATIONSHIP_MONTHS);
  const daysUntilMark = daysBetween(today, mark);
  const reached = daysUntilMark <= 0;
  const withRate = !reached && typeof rate === 'number';
  return {
    ok: true,
    connected,
    mark,
    reached,
    daysUntilMark: Math.max(0, daysUntilMark),
    estimate: withRate ? estimateConversionFee(rate) : null,
    laterCopyEstimate: withRate ? estimateConversionFee(rate, LATER_COPY_PERCENT) : null,
  };
}
