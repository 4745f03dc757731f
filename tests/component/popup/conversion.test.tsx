import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPopup } from './env';

const ARTICLE = 'https://support.upwork.com/hc/en-us/articles/';

function steps() {
  const list = screen.getByRole('list', { name: /^Steps for the/ });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => ({
      text: item.querySelector('p')?.textContent ?? '',
      href: within(item).getByRole('link').getAttribute('href'),
      checked: item.textContent?.includes('last checked Nov 23, 2026') ?? false,
    }));
}

describe('conversion walkthrough', () => {
  it('shows the freelancer steps by default: ask, accept, wait for confirmation', () => {
    renderPopup('conversion');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Freelancer' }).checked).toBe(true);
    const list = steps();
    expect(list.map((s) => s.text)).toEqual([
      expect.stringMatching(/^Ask your client to start the conversion/),
      expect.stringMatching(/^Accept the request/),
      expect.stringMatching(/^Wait for Upwork's confirmation .* before any payment outside Upwork/),
    ]);
    expect(list.map((s) => s.href)).toEqual([
      `${ARTICLE}11064052711699`,
      `${ARTICLE}11064052711699`,
      `${ARTICLE}360052511133`,
    ]);
    expect(list.every((s) => s.checked)).toBe(true);
    // No freelancer-initiated conversion button is invented.
    expect(list.some((s) => s.text.includes('Request Contract Conversion'))).toBe(false);
    expect(list[0]!.text).toContain('Freelancers have no button');
  });

  it('shows the client steps in order after switching role', async () => {
    const user = userEvent.setup();
    renderPopup('conversion');
    await user.click(screen.getByRole('radio', { name: 'Client' }));
    const list = steps();
    expect(list.map((s) => s.text)).toEqual([
      'Go to Jobs > All Contracts.',
      'Find the contract and open its (…) menu.',
      expect.stringMatching(/^Select “Request Contract Conversion”/),
      'The freelancer is notified and must accept.',
      expect.stringMatching(/^Upwork processes the payment and notifies you both/),
    ]);
    expect(list.map((s) => s.href)).toEqual([
      `${ARTICLE}17932901778707`,
      `${ARTICLE}17932901778707`,
      `${ARTICLE}17932901778707`,
      `${ARTICLE}11064052711699`,
      `${ARTICLE}17932901778707`,
    ]);
    expect(screen.getByText('Clients can convert any active or closed contract.').tagName).toBe(
      'P',
    );
  });

  it('lists what not to do before confirmation and what changes afterwards, with sources', () => {
    renderPopup('conversion');
    const dont = screen.getByRole('list', { name: 'Until Upwork confirms, do not' });
    expect(within(dont).getAllByRole('listitem')).toHaveLength(4);
    expect(dont.textContent).toMatch(/outside payment details/);
    expect(within(dont).getAllByRole('link')[0]?.getAttribute('href')).toBe(
      `${ARTICLE}360052511133`,
    );

    const after = screen.getByRole('list', { name: 'What changes afterwards' });
    expect(
      within(after)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'No Upwork payment protection.',
      'No dispute help from Upwork.',
      'No Upwork time tracking.',
      'Your own contract and invoicing.',
    ]);
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`${ARTICLE}360043210654`);
    expect(hrefs).toContain(`${ARTICLE}39295017780627`);
  });
});
