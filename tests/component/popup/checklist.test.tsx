import { screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { checklistsItem } from '@/src/store/checklists';
import { renderPopup } from './env';

async function addClient(user: UserEvent, name: string) {
  await user.type(await screen.findByLabelText('New client name'), name);
  await user.click(screen.getByRole('button', { name: 'Add client' }));
}

const box = (name: RegExp | string) => screen.getByRole<HTMLInputElement>('checkbox', { name });
const verdict = () => screen.getByText(/^(Not ready|Ready)/);

describe('readiness checklist', () => {
  it('asks for a client first, and refuses an empty name', async () => {
    const user = userEvent.setup();
    renderPopup('checklist');
    expect(await screen.findByText('Add a client to start a checklist.')).toBeTruthy();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter a name for the client.');
  });

  it('lists the readiness questions and the before-you-move items, with a verdict and a meter', async () => {
    const user = userEvent.setup();
    renderPopup('checklist');
    await addClient(user, 'Acme');
    expect(screen.getAllByRole('checkbox')).toHaveLength(16);
    expect(box(/came from Upwork/)).toBeTruthy();
    expect(box('A signed service agreement')).toBeTruthy();
    expect(box('An invoicing and tax process')).toBeTruthy();
    expect(verdict().textContent).toBe('Not ready: 16 open items');
    const meter = screen.getByRole('progressbar', { name: '0 of 16 items done' });
    expect(meter.getAttribute('max')).toBe('16');
  });

  it('keeps checked items after the popup closes and reopens', async () => {
    const user = userEvent.setup();
    const first = renderPopup('checklist');
    await addClient(user, 'Acme');
    await user.click(box('A clear scope'));
    await user.click(box('Revision limits'));
    expect(verdict().textContent).toBe('Not ready: 14 open items');
    first.unmount();

    renderPopup('checklist');
    expect(
      (await screen.findByRole<HTMLInputElement>('checkbox', { name: 'A clear scope' })).checked,
    ).toBe(true);
    expect(box('Revision limits').checked).toBe(true);
    expect(box('A payment schedule').checked).toBe(false);
    expect(
      (screen.getByLabelText('Client') as HTMLSelectElement).selectedOptions[0]?.textContent,
    ).toBe('Acme');
    const stored = await checklistsItem.getValue();
    expect(stored.clients[0]?.checked.sort()).toEqual(['move.revisions', 'move.scope']);
  });

  it('keeps separate clients separate', async () => {
    const user = userEvent.setup();
    renderPopup('checklist');
    await addClient(user, 'Acme');
    await user.click(box('A clear scope'));
    await addClient(user, 'Globex');
    expect(box('A clear scope').checked).toBe(false);
    await user.selectOptions(screen.getByLabelText('Client'), 'Acme');
    expect(box('A clear scope').checked).toBe(true);
  });

  it('says ready when every item is checked', async () => {
    const user = userEvent.setup();
    renderPopup('checklist');
    await addClient(user, 'Acme');
    const boxes = screen.getAllByRole('checkbox');
    for (const checkbox of boxes.slice(0, -1)) await user.click(checkbox);
    expect(verdict().textContent).toBe('Not ready: 1 open item');
    await user.click(boxes.at(-1)!);
    expect(verdict().textContent).toBe('Ready to raise the conversion');
    expect(screen.getByRole('progressbar', { name: '16 of 16 items done' })).toBeTruthy();
  });

  it('resets only after confirming', async () => {
    const user = userEvent.setup();
    renderPopup('checklist');
    await addClient(user, 'Acme');
    await user.click(box('A clear scope'));
    await user.click(screen.getByRole('button', { name: 'Reset checklist' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(box('A clear scope').checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Reset checklist' }));
    expect(screen.getByRole('group', { name: 'Uncheck every item for Acme?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Yes, reset' }));
    expect(box('A clear scope').checked).toBe(false);
    expect((await checklistsItem.getValue()).clients[0]?.checked).toEqual([]);
  });

  it('deletes a client after confirming and selects the next one', async () => {
    const user = userEvent.setup();
    renderPopup('checklist');
    await addClient(user, 'Acme');
    await addClient(user, 'Globex');
    await user.click(screen.getByRole('button', { name: 'Delete client' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    const stored = await checklistsItem.getValue();
    expect(stored.clients.map((c) => c.name)).toEqual(['Acme']);
    expect((screen.getByLabelText('Client') as HTMLSelectElement).value).toBe(
      stored.clients[0]?.id,
    );
  });
});
