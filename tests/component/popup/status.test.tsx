import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TabStatus } from '@/src/shared/protocol';
import { enabledSitesItem } from '@/src/store/settings';
import { renderPopup } from './env';

const upworkTab = async () => ({ id: 7, site: 'upwork' as const });
const status =
  (over: Partial<TabStatus>): (() => Promise<TabStatus>) =>
  async () => ({
    attached: false,
    unattached: 0,
    site: 'upwork',
    findings: [],
    ...over,
  });

describe('status section', () => {
  it('on a watched Upwork conversation, lists the findings of the focused compose box', async () => {
    renderPopup('status', {
      activeTab: upworkTab,
      tabStatus: status({
        attached: true,
        findings: [
          {
            ruleId: 'pay.paypal',
            category: 'payment',
            severity: 'high',
            message: 'Mentions PayPal as a way to pay.',
          },
        ],
      }),
    });
    expect(await screen.findByText('Watching this conversation')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Upwork' })).toBeTruthy();
    const finding = screen.getByRole('listitem');
    expect(finding.textContent).toBe('HighPaymentMentions PayPal as a way to pay.');
  });

  it('says when nothing is flagged', async () => {
    renderPopup('status', { activeTab: upworkTab, tabStatus: status({ attached: true }) });
    expect(await screen.findByText('Nothing to flag in the focused message.')).toBeTruthy();
  });

  it.each([
    [{ unattached: 0 }, 'No compose box found yet'],
    [{ unattached: 2 }, "Not attached: this page's editor could not be read"],
  ])('explains a page without an attached box (%o)', async (over, text) => {
    renderPopup('status', { activeTab: upworkTab, tabStatus: status(over) });
    expect(await screen.findByText(text)).toBeTruthy();
  });

  it('treats a content script that does not answer as "not active on this page"', async () => {
    renderPopup('status', { activeTab: upworkTab });
    expect(await screen.findByText('Onside is not active on this page')).toBeTruthy();
  });

  it('elsewhere, lists the covered sites from the settings and opens the options page', async () => {
    await enabledSitesItem.setValue(['upwork', 'fiverr']);
    const user = userEvent.setup();
    const { env } = renderPopup('status');
    const sites = await screen.findByRole('list', { name: 'Covered sites' });
    // The list first shows the defaults, then the stored settings once they are read.
    await waitFor(() =>
      expect([...sites.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
        'UpworkOn',
        'FiverrOn',
        'Freelancer.comOff',
        'PeoplePerHourOff',
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(env.openOptions).toHaveBeenCalledOnce();
  });
});
