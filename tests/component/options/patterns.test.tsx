import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { customPatternsItem, customPhrasesItem } from '@/src/store/settings';
import { renderOptions } from './helpers';

const region = (name: string) => screen.getByRole('region', { name });
const marks = () =>
  [...screen.getByTestId('preview-text').querySelectorAll('mark')].map((m) => m.textContent);

describe('options: custom phrases and patterns', () => {
  it('adds a phrase and shows it flagged in the live preview', async () => {
    const { user } = renderOptions();
    const sample = screen.getByLabelText('Sample message');
    await user.clear(sample);
    await user.type(sample, 'Let us settle it through the blue pigeon next week.');
    expect(marks()).not.toContain('blue pigeon');

    const phrases = region('Custom phrases');
    await user.type(within(phrases).getByLabelText('New phrase'), 'blue pigeon');
    await user.selectOptions(within(phrases).getByLabelText('Severity'), 'high');
    await user.click(within(phrases).getByRole('button', { name: 'Add phrase' }));

    await waitFor(() => expect(marks()).toContain('blue pigeon'));
    expect(within(phrases).getByText('blue pigeon')).toBeTruthy();
    expect(await customPhrasesItem.getValue()).toEqual([
      { id: 'id-1', text: 'blue pigeon', category: 'circumvention', severity: 'high' },
    ]);
  });

  it('explains an invalid regular expression and does not save it', async () => {
    const { user } = renderOptions();
    const patterns = region('Custom patterns');
    const input = within(patterns).getByLabelText('New pattern');
    await user.type(input, 'pay(pal');
    expect(within(patterns).getByText(/not a valid RE2 regular expression/)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await user.click(within(patterns).getByRole('button', { name: 'Add pattern' }));
    expect(await customPatternsItem.getValue()).toEqual([]);
  });

  it('refuses a lookaround with a reason the user can act on', async () => {
    const { user } = renderOptions();
    const patterns = region('Custom patterns');
    await user.type(within(patterns).getByLabelText('New pattern'), 'pay(?!ment)');
    expect(
      within(patterns).getByText(/Lookarounds and backreferences are not supported/),
    ).toBeTruthy();
  });

  it('runs a catastrophic-backtracking pattern in linear time', async () => {
    const { user } = renderOptions();
    const patterns = region('Custom patterns');
    await user.type(within(patterns).getByLabelText('New pattern'), '(a+)+$');
    await user.click(within(patterns).getByRole('button', { name: 'Add pattern' }));
    await waitFor(async () => expect(await customPatternsItem.getValue()).toHaveLength(1));

    const sample = screen.getByLabelText('Sample message');
    await user.clear(sample);
    const started = performance.now();
    // A backtracking engine needs ~2^40 steps here; RE2 does it in one pass.
    await user.click(sample);
    await user.paste(`${'a'.repeat(40)}!`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(screen.getByTestId('preview-text').textContent).toBe(`${'a'.repeat(40)}!`);
  });

  it('edits and removes an entry', async () => {
    await customPhrasesItem.setValue([
      { id: 'p1', text: 'cash app', category: 'payment', severity: 'low' },
    ]);
    const { user } = renderOptions();
    const phrases = region('Custom phrases');
    await user.click(await within(phrases).findByRole('button', { name: 'Edit “cash app”' }));
    const field = within(phrases).getByLabelText('Edit phrase');
    await user.clear(field);
    await user.type(field, 'cashapp me');
    await user.click(within(phrases).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await customPhrasesItem.getValue())[0]?.text).toBe('cashapp me'),
    );

    await user.click(within(phrases).getByRole('button', { name: 'Remove “cashapp me”' }));
    await waitFor(async () => expect(await customPhrasesItem.getValue()).toEqual([]));
  });
});
