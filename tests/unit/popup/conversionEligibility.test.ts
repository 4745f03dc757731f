import { describe, expect, it } from 'vitest';
import { conversionEligibility } from '@/src/ui/popup/fees/conversionEligibility';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

function check(firstConnected: string, now: Date, highestRate?: string, timeZone = 'UTC') {
  return conversionEligibility({ firstConnected, highestRate, now, timeZone });
}

describe('conversionEligibility: the 24-month boundary', () => {
  it.each([
    ['2026-03-14', false, 1],
    ['2026-03-15', true, 0],
    ['2026-03-16', true, 0],
  ])('connected 2024-03-15, today %s: reached=%s', (today, reached, daysUntilMark) => {
    const result = check('2024-03-15', at(today));
    expect(result).toMatchObject({ ok: true, reached, daysUntilMark });
    if (result.ok) expect(result.mark).toEqual({ year: 2026, month: 3, day: 15 });
  });

  it.each([
    ['2026-02-27', false],
    ['2026-02-28', true],
    ['2026-03-01', true],
  ])('connected on a leap day: the mark is Feb 28 (today %s: reached=%s)', (today, reached) => {
    const result = check('2024-02-29', at(today));
    expect(result).toMatchObject({ ok: true, reached, mark: { year: 2026, month: 2, day: 28 } });
  });

  it('connected Feb 28 in a leap year stays Feb 28 two years later', () => {
    expect(check('2024-02-28', at('2026-02-27'))).toMatchObject({
      ok: true,
      reached: false,
      mark: { year: 2026, month: 2, day: 28 },
    });
  });

  it('uses the local calendar day just after midnight, not the UTC one', () => {
    // 00:30 on Mar 15 in Tokyo is still Mar 14 in UTC.
    const now = new Date('2026-03-14T15:30:00Z');
    expect(check('2024-03-15', now, undefined, 'Asia/Tokyo')).toMatchObject({ reached: true });
    expect(check('2024-03-15', now, undefined, 'UTC')).toMatchObject({ reached: false });
    // 00:30 on Mar 15 in New York is already Mar 15 05:30 UTC; 23:30 on Mar 14 is not yet.
    expect(
      check('2024-03-15', new Date('2026-03-15T04:30:00Z'), undefined, 'America/New_York'),
    ).toMatchObject({ reached: true });
    expect(
      check('2024-03-15', new Date('2026-03-15T03:30:00Z'), undefined, 'America/New_York'),
    ).toMatchObject({ reached: false, daysUntilMark: 1 });
  });

  it('accepts a first connection made today, local time', () => {
    const now = new Date('2026-11-23T23:30:00-08:00'); // Nov 24 in UTC
    expect(check('2026-11-23', now, undefined, 'America/Los_Angeles')).toMatchObject({
      ok: true,
      daysUntilMark: 731,
    });
  });
});

describe('conversionEligibility: bad input', () => {
  const now = at('2026-11-23');
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['2026-11-24', 'future'],
    ['2023-02-29', 'invalid'],
    ['not a date', 'invalid'],
  ])('date %j is %s', (date, dateError) => {
    expect(check(date, now)).toEqual({ ok: false, dateError, rateError: undefined });
  });

  it.each([
    ['abc', 'notANumber'],
    ['12abc', 'notANumber'],
    ['-5', 'negative'],
  ])('rate %j is %s', (rate, rateError) => {
    expect(check('2025-01-01', now, rate)).toEqual({ ok: false, dateError: undefined, rateError });
  });

  it('reports both problems at once', () => {
    expect(check('', now, '-1')).toEqual({ ok: false, dateError: 'empty', rateError: 'negative' });
  });
});

describe('conversionEligibility: the estimate', () => {
  const now = at('2026-11-23');
  it('estimates only before the mark and only with a rate', () => {
    expect(check('2025-06-01', now)).toMatchObject({ ok: true, estimate: null });
    expect(check('2025-06-01', now, '$20')).toMatchObject({
      estimate: { fee: 4992, percent: 12 },
      laterCopyEstimate: { fee: 5616, percent: 13.5 },
    });
    expect(check('2020-06-01', now, '20')).toMatchObject({ reached: true, estimate: null });
  });

  it('accepts an empty rate and thousands separators', () => {
    expect(check('2025-06-01', now, '  ')).toMatchObject({ ok: true, estimate: null });
    expect(check('2025-06-01', now, '1,000')).toMatchObject({
      estimate: { fee: 50_000, clamped: 'max' },
    });
  });
});
