import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { NOTICES_KEY } from '@/src/store/recovery';
import {
  enabledSitesItem,
  sendGuardItem,
  sensitivityItem,
  userTemplatesItem,
} from '@/src/store/settings';
import { renderOptions } from './helpers';

const FIVERR = ['https://*.fiverr.com/*'];

describe('options: sites, warnings, policy, notices', () => {
  it('asks for Fiverr access when switched on, and gives it back when switched off', async () => {
    const { user, env } = renderOptions();
    const fiverr = screen.getByRole('checkbox', { name: 'Fiverr' }) as HTMLInputElement;
    expect(fiverr.checked).toBe(false);
    await user.click(fiverr);
    expect(env.requestOrigins).toHaveBeenCalledWith(FIVERR);
    await waitFor(() => expect(fiverr.checked).toBe(true));
    expect(await enabledSitesItem.getValue()).toEqual(['upwork', 'fiverr']);

    await user.click(fiverr);
    await waitFor(() => expect(fiverr.checked).toBe(false));
    expect(env.removeOrigins).toHaveBeenCalledWith(FIVERR);
    expect(await enabledSitesItem.getValue()).toEqual(['upwork']);
  });

  it('keeps a site off when the user denies access', async () => {
    const { user } = renderOptions({ requestOrigins: async () => false });
    await user.click(screen.getByRole('checkbox', { name: 'PeoplePerHour' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/PeoplePerHour was not granted/);
    expect(
      (screen.getByRole('checkbox', { name: 'PeoplePerHour' }) as HTMLInputElement).checked,
    ).toBe(false);
    expect(await enabledSitesItem.getValue()).toEqual(['upwork']);
  });

  it('saves sensitivity and send guard', async () => {
    const { user } = renderOptions();
    await user.click(screen.getByRole('radio', { name: /Relaxed/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Ask before sending a risky message' }));
    await waitFor(async () => expect(await sensitivityItem.getValue()).toBe('relaxed'));
    expect(await sendGuardItem.getValue()).toBe(false);
  });

  it('shows settings locked by team policy as disabled, with a note', async () => {
    await fakeBrowser.storage.managed.set({
      locked: { sendGuard: false, enabledSites: ['upwork', 'fiverr'] },
    });
    renderOptions();
    const guard = screen.getByRole('checkbox', {
      name: 'Ask before sending a risky message',
    }) as HTMLInputElement;
    await waitFor(() => expect(guard.disabled).toBe(true));
    expect(guard.checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Upwork' }) as HTMLInputElement).disabled).toBe(
      true,
    );
    expect(screen.getAllByText('Set by your organisation').length).toBeGreaterThanOrEqual(2);
    expect((screen.getByRole('radio', { name: /Strict/ }) as HTMLInputElement).disabled).toBe(
      false,
    );
  });

  it('tells the user once about a recovered setting, naming the backup key', async () => {
    await storage.setItem('local:onside.sendGuard', 'not a boolean');
    await sendGuardItem.getValue(); // any reader triggers the recovery
    const { user } = renderOptions();
    const notice = await screen.findByRole('region', { name: 'Some settings could not be read' });
    expect(notice.textContent).toMatch(/onside\.sendGuard\.backup\.\d+/);
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText('Some settings could not be read')).toBeNull());
    expect(await storage.getItem(NOTICES_KEY)).toEqual([]);
  });

  it('edits a built-in template and resets it', async () => {
    const { user } = renderOptions();
    const templates = screen.getByRole('region', { name: 'Reply templates' });
    const [edit] = within(templates).getAllByRole('button', { name: /^Edit/ });
    await user.click(edit!);
    const text = within(templates).getByLabelText('Template text');
    await user.clear(text);
    await user.type(text, 'Let us keep this on the platform.');
    await user.click(within(templates).getByRole('button', { name: 'Save' }));
    expect(await within(templates).findByText('Let us keep this on the platform.')).toBeTruthy();
    expect(await userTemplatesItem.getValue()).toHaveLength(1);
    await user.click(within(templates).getByRole('button', { name: /^Reset/ }));
    await waitFor(async () => expect(await userTemplatesItem.getValue()).toEqual([]));
  });

  it('has no accessibility violations', async () => {
    await fakeBrowser.storage.managed.set({ locked: { sendGuard: true } });
    const { container } = renderOptions();
    await screen.findAllByText('Set by your organisation');
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
  });
});
