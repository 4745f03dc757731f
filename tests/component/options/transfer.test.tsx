import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { customPhrasesItem, sendGuardItem, allowListItem } from '@/src/store/settings';
import { renderOptions } from './helpers';

const phrase = (id: string, text: string) => ({ id, text, category: 'payment', severity: 'high' });
const pattern = (id: string, source: string) => ({
  id,
  source,
  category: 'contact',
  severity: 'low',
});
const file = (data: unknown) =>
  new File([JSON.stringify(data)], 'settings.json', { type: 'application/json' });

describe('options: import, export, restore defaults', () => {
  it('exports every setting as JSON', async () => {
    await customPhrasesItem.setValue([phrase('p1', 'venmo me')] as never);
    await sendGuardItem.setValue(false);
    const { user, downloads } = renderOptions();
    await user.click(screen.getByRole('button', { name: 'Export settings' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const exported = JSON.parse(downloads[0]!.json);
    expect(downloads[0]!.fileName).toMatch(/^onside-settings-\d{4}-\d\d-\d\d\.json$/);
    expect(exported).toMatchObject({
      format: 'onside-settings',
      version: 1,
      sendGuard: false,
      customPhrases: [phrase('p1', 'venmo me')],
      enabledSites: ['upwork'],
    });
  });

  it('rejects a file with one bad field, names the field, and changes nothing', async () => {
    await customPhrasesItem.setValue([phrase('keep', 'keep me')] as never);
    const { user } = renderOptions();
    await user.upload(
      screen.getByLabelText('Import settings file'),
      file({
        format: 'onside-settings',
        version: 1,
        sendGuard: false,
        customPhrases: [phrase('x', 'replaced')],
        customPatterns: [pattern('a', 'tg'), pattern('b', 'wa\\.me'), pattern('c', '')],
      }),
    );
    expect(await screen.findByText(/customPatterns\[2\]\.source/)).toBeTruthy();
    expect(await sendGuardItem.getValue()).toBe(true);
    expect((await customPhrasesItem.getValue()).map((p) => p.id)).toEqual(['keep']);
  });

  it('rejects an invalid regular expression in an import by its field', async () => {
    const { user } = renderOptions();
    await user.upload(
      screen.getByLabelText('Import settings file'),
      file({
        format: 'onside-settings',
        version: 1,
        customPatterns: [pattern('a', 'ok'), pattern('b', 'x(')],
      }),
    );
    expect(
      await screen.findByText(/customPatterns\[1\]\.source: This is not a valid RE2/),
    ).toBeTruthy();
  });

  it('imports a good file', async () => {
    const { user } = renderOptions();
    await user.upload(
      screen.getByLabelText('Import settings file'),
      file({ format: 'onside-settings', version: 1, allowList: ['Stripe API'], sendGuard: false }),
    );
    expect(await screen.findByText('Settings imported.')).toBeTruthy();
    expect(await allowListItem.getValue()).toEqual(['Stripe API']);
    expect(await sendGuardItem.getValue()).toBe(false);
  });

  it('restores defaults only after confirmation', async () => {
    await customPhrasesItem.setValue([phrase('p1', 'venmo me')] as never);
    await sendGuardItem.setValue(false);
    const { user } = renderOptions();
    await user.click(screen.getByRole('button', { name: 'Restore defaults' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await customPhrasesItem.getValue()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Restore defaults' }));
    await user.click(screen.getByRole('button', { name: 'Yes, restore defaults' }));
    expect(await screen.findByText('Defaults restored.')).toBeTruthy();
    expect(await customPhrasesItem.getValue()).toEqual([]);
    expect(await sendGuardItem.getValue()).toBe(true);
  });
});
