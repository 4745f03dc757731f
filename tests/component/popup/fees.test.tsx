import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPopup } from './env';

// "Today" is Nov 23, 2026, local time (see env.tsx).
async function fill(date: string, rate?: string) {
  const user = userEvent.setup();
  const dateInput = screen.getByLabelText('When did you first connect on Upwork?');
  await user.clear(dateInput);
  if (date) await user.type(dateInput, date);
  if (rate !== undefined) {
    const rateInput = screen.getByLabelText(/^Highest hourly rate/);
    await user.clear(rateInput);
    if (rate) await user.type(rateInput, rate);
  }
  return { user, dateInput };
}

describe('eligibility and fee explainer', () => {
  it.each([
    ['2024-11-24', /The 24-month mark is tomorrow, November 24, 2026\./],
    ['2024-11-23', /The 24-month mark was reached on November 23, 2026\./],
    ['2024-11-22', /The 24-month mark was reached on November 22, 2026\./],
  ])('connected %s', async (date, message) => {
    renderPopup('fees');
    await fill(date);
    expect(screen.getByText(message)).toBeTruthy();
  });

  it('explains the nominal $1 route once the mark has passed', async () => {
    renderPopup('fees');
    await fill('2023-01-10', '20');
    expect(screen.getByText(/Since May 1, 2022, .* nominal \$1 fee/)).toBeTruthy();
    expect(screen.queryByText('Estimate only')).toBeNull();
  });

  it('puts the leap-day mark on Feb 28', async () => {
    renderPopup('fees', { now: () => new Date(2026, 1, 27, 0, 5) });
    await fill('2024-02-29');
    expect(screen.getByText(/The 24-month mark is tomorrow, February 28, 2026\./)).toBeTruthy();
  });

  it('estimates $4,992 at $20/h, labelled as an estimate with the formula and its date', async () => {
    renderPopup('fees');
    await fill('2025-06-01', '20');
    expect(screen.getByText('Estimate only')).toBeTruthy();
    expect(screen.getByText('about $4,992')).toBeTruthy();
    expect(
      screen.getByText(/^12% × \$20\/h × 2,080 h \(formula documented from April 2020\)/),
    ).toBeTruthy();
    expect(screen.getByText(/says 13\.5% instead: about \$5,616/)).toBeTruthy();
    expect(screen.getByText(/Upwork shows the exact fee in the conversion flow/)).toBeTruthy();
    const source = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(source).toContain('https://support.upwork.com/hc/en-us/articles/360043723533');
  });

  it.each([
    ['2', 'about $1,000', 'Raised to the documented minimum.'],
    ['300', 'about $50,000', 'Capped at the documented maximum.'],
  ])('clamps the estimate at $%s/h', async (rate, amount, note) => {
    renderPopup('fees');
    await fill('2025-06-01', rate);
    expect(screen.getByText(amount)).toBeTruthy();
    expect(screen.getByText(note)).toBeTruthy();
  });

  it('shows the formula without a number when no rate is given', async () => {
    renderPopup('fees');
    await fill('2025-06-01');
    expect(
      screen.getByText(/12% × hourly rate × 2,080 hours, at least \$1,000 and at most \$50,000/),
    ).toBeTruthy();
  });
});

describe('bad input', () => {
  function errorFor(input: HTMLElement) {
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
    const alert = ids
      .map((id) => document.getElementById(id))
      .find((el) => el?.getAttribute('role') === 'alert');
    return alert?.textContent;
  }

  it('says nothing before the user has typed', () => {
    renderPopup('fees');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('flags a future date', async () => {
    renderPopup('fees');
    const { dateInput } = await fill('2026-11-24');
    expect(errorFor(dateInput)).toBe('That date is in the future.');
    expect(screen.queryByText(/24-month mark/)).toBeNull();
  });

  it('flags an emptied date', async () => {
    renderPopup('fees');
    const { user, dateInput } = await fill('2025-01-01');
    await user.clear(dateInput);
    expect(errorFor(dateInput)).toBe('Enter the date you first connected.');
  });

  it.each([
    ['abc', 'Enter the rate as a number, for example 45.'],
    ['-5', 'The rate cannot be negative.'],
  ])('flags the rate %j', async (rate, message) => {
    renderPopup('fees');
    await fill('2025-06-01', rate);
    expect(errorFor(screen.getByLabelText(/^Highest hourly rate/))).toBe(message);
    expect(screen.queryByText('Estimate only')).toBeNull();
  });
});
