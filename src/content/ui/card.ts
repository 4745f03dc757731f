import { t } from '@/src/i18n/t';
import type { Finding } from '@/src/detector/types';
import { h } from './dom';
import { groupBySentence, type FindingGroup } from './groups';

// The card that explains each finding and offers the fixes. Plain DOM in
// Onside's shadow root; role=dialog, non-modal, closed with Escape.

export interface CardTemplate {
  id: string;
  title: string;
  text: string;
}

export interface CardModel {
  text: string;
  findings: readonly Finding[];
  templates: readonly CardTemplate[];
  contractActive: boolean;
}

export interface CardActions {
  replace(finding: Finding): void;
  ignore(findings: readonly Finding[]): void;
  insertTemplate(template: CardTemplate): void;
  setContractActive(active: boolean): void;
  close(): void;
}

function title(count: number) {
  if (count === 0) return t('content_card_title_none');
  if (count === 1) return t('content_card_title_one');
  return t('content_card_title_many', count);
}

function findingItem(doc: Document, model: CardModel, group: FindingGroup, actions: CardActions) {
  const finding = group.lead;
  const quote = group.findings
    .map((member) => `“${model.text.slice(member.start, member.end)}”`)
    .join(', ');
  const kind = t(`content_category_${finding.category}`);
  const reasons = [...new Set(group.findings.map((member) => member.message))];
  return h(
    doc,
    'li',
    { class: 'finding', attrs: { 'aria-label': `${kind}: ${quote}` } },
    h(
      doc,
      'div',
      { class: 'kind' },
      kind,
      h(doc, 'span', {
        class: `badge ${finding.severity}`,
        text: t(`content_severity_${finding.severity}`),
      }),
    ),
    h(doc, 'p', { class: 'quote', text: quote }),
    ...reasons.map((reason) => h(doc, 'p', { class: 'why', text: reason })),
    h(
      doc,
      'p',
      { class: 'policy' },
      `${t('content_protects')} `,
      h(doc, 'a', {
        text: finding.policy.title,
        attrs: { href: finding.policy.url, target: '_blank', rel: 'noopener noreferrer' },
      }),
      ` · ${t('content_checked', finding.policy.checked)}`,
    ),
    finding.suggestion
      ? h(
          doc,
          'p',
          { class: 'suggestion' },
          h(doc, 'span', { class: 'sr-only', text: `${t('content_replaces_with')} ` }),
          finding.suggestion,
        )
      : null,
    h(
      doc,
      'div',
      { class: 'actions' },
      finding.suggestion
        ? h(doc, 'button', {
            class: 'primary',
            text: t('content_use_compliant'),
            attrs: { type: 'button', title: t('content_replaces_with') },
            on: { click: () => actions.replace(finding) },
          })
        : null,
      h(doc, 'button', {
        class: 'secondary',
        text: t('content_ignore_once'),
        attrs: { type: 'button' },
        on: { click: () => actions.ignore(group.findings) },
      }),
    ),
  );
}

// Whether the template list is open survives re-renders while the card is up.
interface CardState {
  templatesOpen: boolean;
}

function footer(doc: Document, model: CardModel, actions: CardActions, state: CardState) {
  const list = h(doc, 'ul', { class: 'templates' });
  list.hidden = !state.templatesOpen;
  for (const template of model.templates) {
    list.append(
      h(
        doc,
        'li',
        {},
        h(doc, 'button', {
          class: 'secondary',
          text: template.title,
          attrs: { type: 'button', title: template.text },
          on: { click: () => actions.insertTemplate(template) },
        }),
      ),
    );
  }
  const toggle = h(doc, 'button', {
    class: 'secondary',
    text: t('content_insert_template'),
    attrs: { type: 'button', 'aria-expanded': String(state.templatesOpen) },
    on: {
      click: () => {
        state.templatesOpen = !state.templatesOpen;
        list.hidden = !state.templatesOpen;
        toggle.setAttribute('aria-expanded', String(state.templatesOpen));
      },
    },
  });
  const contract = h(doc, 'input', {
    attrs: { type: 'checkbox', id: 'onside-contract' },
    on: {
      change: (event) => actions.setContractActive((event.target as HTMLInputElement).checked),
    },
  });
  contract.checked = model.contractActive;
  return h(
    doc,
    'div',
    { class: 'footer' },
    h(doc, 'div', {}, toggle),
    list,
    h(doc, 'label', { class: 'contract' }, contract, t('content_contract_active')),
  );
}

export interface Card {
  element: HTMLElement;
  status: HTMLElement;
  render(model: CardModel): void;
  /** Forgets per-opening state (the open template list) when the card closes. */
  reset(): void;
}

/** Re-rendering replaces the buttons; keep keyboard focus on the same one. */
function keepFocus(container: HTMLElement, rerender: () => void) {
  const root = container.getRootNode() as ShadowRoot | Document;
  const active = root.activeElement;
  if (!(active instanceof HTMLElement) || !container.contains(active)) return rerender();
  const label = active.textContent;
  const twins = [...container.querySelectorAll(active.tagName)].filter(
    (el) => el.textContent === label,
  );
  const index = twins.indexOf(active);
  rerender();
  const again = [...container.querySelectorAll<HTMLElement>(active.tagName)].filter(
    (el) => el.textContent === label,
  );
  (
    again[Math.min(index, again.length - 1)] ?? container.closest<HTMLElement>('[role="dialog"]')
  )?.focus();
}

export function createCard(doc: Document, actions: CardActions): Card {
  const heading = h(doc, 'h2', { attrs: { id: 'onside-card-title' } });
  const body = h(doc, 'div');
  const status = h(doc, 'p', { class: 'status', attrs: { role: 'status' } });
  const close = h(doc, 'button', {
    class: 'close',
    text: '×',
    attrs: { type: 'button', 'aria-label': t('content_close') },
    on: { click: () => actions.close() },
  });
  const element = h(
    doc,
    'div',
    {
      class: 'card',
      attrs: { role: 'dialog', 'aria-labelledby': 'onside-card-title', tabindex: '-1' },
    },
    close,
    heading,
    body,
    status,
  );
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      actions.close();
    }
  });
  const state: CardState = { templatesOpen: false };
  return {
    element,
    status,
    render(model) {
      heading.textContent = title(model.findings.length);
      const items = groupBySentence(model.findings).map((group) =>
        findingItem(doc, model, group, actions),
      );
      keepFocus(body, () =>
        body.replaceChildren(
          items.length
            ? h(doc, 'ul', { class: 'findings' }, ...items)
            : h(doc, 'p', { text: t('content_card_clean') }),
          footer(doc, model, actions, state),
        ),
      );
    },
    reset() {
      state.templatesOpen = false;
    },
  };
}
