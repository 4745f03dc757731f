import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { SectionId } from '@/src/ui/popup/SectionTabs';
import { renderPopup } from './env';

async function violations(container: HTMLElement) {
  // happy-dom does no layout, so contrast is checked on the real build (screenshots) instead.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('accessibility (axe)', () => {
  it.each(['status', 'conversion', 'fees', 'checklist', 'templates'] satisfies SectionId[])(
    'the %s section has no violations',
    async (section) => {
      const { container } = renderPopup(section);
      await screen.findByRole('tabpanel');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await violations(container)).toEqual([]);
    },
  );

  it('the fees form with errors and the filled checklist have no violations', async () => {
    const user = userEvent.setup();
    const fees = renderPopup('fees');
    await user.type(screen.getByLabelText('When did you first connect on Upwork?'), '2030-01-01');
    await user.type(screen.getByLabelText(/^Highest hourly rate/), 'abc');
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    expect(await violations(fees.container)).toEqual([]);
    fees.unmount();

    const checklist = renderPopup('checklist');
    await user.type(await screen.findByLabelText('New client name'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    await user.click(screen.getByRole('button', { name: 'Reset checklist' }));
    expect(await violations(checklist.container)).toEqual([]);
  });

  it('moves between sections with the arrow keys', async () => {
    const user = userEvent.setup();
    renderPopup('status');
    await user.click(screen.getByRole('tab', { name: 'Status' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Conversion');
    expect(document.activeElement?.textContent).toBe('Conversion');
    await user.keyboard('{End}');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(
      'popup-tab-templates',
    );
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Status');
  });
});
