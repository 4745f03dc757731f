import { describe, expect, it } from 'vitest';
import {
  addMonths,
  calendarDateIn,
  formatCalendarDate,
  parseCalendarDate,
} from '@/src/ui/shared/calendarDate';

describe('calendar dates', () => {
  it('parses only real dates', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2023-02-29')).toBeNull();
    expect(parseCalendarDate('2024-13-01')).toBeNull();
    expect(parseCalendarDate('29/02/2024')).toBeNull();
    expect(parseCalendarDate('')).toBeNull();
  });

  it('adds months by clamping to the last day of the month', () => {
    expect(addMonths({ year: 2024, month: 2, day: 29 }, 24)).toEqual({
      year: 2026,
      month: 2,
      day: 28,
    });
    expect(addMonths({ year: 2026, month: 1, day: 31 }, 1)).toEqual({
      year: 2026,
      month: 2,
      day: 28,
    });
    expect(addMonths({ year: 2025, month: 12, day: 15 }, 24)).toEqual({
      year: 2027,
      month: 12,
      day: 15,
    });
  });

  it("reads today's date in the given zone, not in UTC", () => {
    const now = new Date('2026-02-27T15:30:00Z');
    expect(calendarDateIn(now, 'Asia/Tokyo')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(calendarDateIn(now, 'UTC')).toEqual({ year: 2026, month: 2, day: 27 });
    expect(calendarDateIn(new Date('2026-03-01T03:00:00Z'), 'America/New_York')).toEqual({
      year: 2026,
      month: 2,
      day: 28,
    });
  });

  it('formats in the given language without shifting the day', () => {
    const date = { year: 2026, month: 2, day: 28 };
    expect(formatCalendarDate(date, 'en')).toBe('February 28, 2026');
    expect(formatCalendarDate(date, 'es')).toBe('28 de febrero de 2026');
  });
});
