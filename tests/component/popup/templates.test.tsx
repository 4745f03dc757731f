import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { readTemplates } from '@/src/store/templates';
import type { TabStatus } from '@/src/shared/protocol';
import { renderPopup } from './env';

const activeUpwork = {
  activeTab: async () => ({ id: 7, site: 'upwork' as const }),
  tabStatus: async (): Promise<TabStatus> => ({
    attached: true,
    unattached: 0,
    site: 'upwork',
    findings: [],
  }),
};

async function firstTemplate() {
  const [template] = await readTemplates('en');
  if (!template) throw new Error('no built-in templates');
  const card = (await screen.findByRole('heading', { name: template.title })).closest('article')!;
  return { template, card: within(card as HTMLElement) };
}

describe('templates section', () => {
  it('lists every built-in template with its text', async () => {
    renderPopup('templates');
    const templates = await readTemplates('en');
    expect(templates.length).toBeGreaterThan(0);
    for (const template of templates) {
      expect(await screen.findByRole('article', { name: template.title })).toBeTruthy();
    }
  });

  it('copies a template and says so', async () => {
    const user = userEvent.setup();
    const { env } = renderPopup('templates');
    const { template, card } = await firstTemplate();
    await user.click(card.getByRole('button', { name: `Copy ${template.title}` }));
    expect(env.copyText).toHaveBeenCalledWith(template.text);
    expect(card.getByRole('status').textContent).toBe('Copied');
  });

  it('reports a failed copy', async () => {
    const user = userEvent.setup();
    renderPopup('templates', { copyText: () => Promise.reject(new Error('denied')) });
    const { template, card } = await firstTemplate();
    await user.click(card.getByRole('button', { name: `Copy ${template.title}` }));
    expect(card.getByRole('status').textContent).toMatch(/^Could not copy/);
  });

  it('inserts into the focused compose box of a marketplace tab', async () => {
    const user = userEvent.setup();
    const { env } = renderPopup('templates', activeUpwork);
    const { template, card } = await firstTemplate();
    const insert = card.getByRole<HTMLButtonElement>('button', {
      name: `Insert ${template.title}`,
    });
    await vi.waitFor(() => expect(insert.disabled).toBe(false));
    await user.click(insert);
    expect(env.insertTemplate).toHaveBeenCalledWith(7, template.text);
    expect(card.getByRole('status').textContent).toBe('Inserted into the message box');
  });

  it('says when it could only copy because no box was focused', async () => {
    const user = userEvent.setup();
    renderPopup('templates', {
      ...activeUpwork,
      insertTemplate: async () => ({ inserted: false, copied: true }),
    });
    const { template, card } = await firstTemplate();
    const insert = card.getByRole<HTMLButtonElement>('button', {
      name: `Insert ${template.title}`,
    });
    await vi.waitFor(() => expect(insert.disabled).toBe(false));
    await user.click(insert);
    expect(card.getByRole('status').textContent).toMatch(
      /^No message box is focused: copied instead/,
    );
  });

  it('disables insert away from a marketplace tab and explains why', async () => {
    renderPopup('templates');
    const { template, card } = await firstTemplate();
    const insert = card.getByRole<HTMLButtonElement>('button', {
      name: `Insert ${template.title}`,
    });
    expect(insert.disabled).toBe(true);
    const reason = document.getElementById(insert.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toMatch(/^Insert works on a marketplace tab/);
  });
});
