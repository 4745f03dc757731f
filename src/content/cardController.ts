import { t } from '@/src/i18n/t';
import type { Finding } from '@/src/detector/types';
import type { Box } from './box';
import type { EditOutcome } from './editors/types';
import { copyToClipboard } from './clipboard';
import { createCard, type CardTemplate } from './ui/card';
import { placePanel } from './ui/position';

// The one card on a page: shows the box it was opened for, applies the fixes,
// and gives focus back to the editor when it closes.

export interface CardDeps {
  layer: HTMLElement;
  templates(): readonly CardTemplate[];
  contractActive(): boolean;
  setContractActive(active: boolean): void;
  /** The site's composer around a box (toolbar, send button), which the card must not hide. */
  composerOf(element: HTMLElement): Element | null;
  signal: AbortSignal;
}

const OUTCOME_MESSAGE: Record<Exclude<EditOutcome, 'copied'>, string> = {
  replaced: 'content_replaced',
  stale: 'content_stale',
  unexpected: 'content_unexpected',
};

export function createCardController(deps: CardDeps) {
  const doc = deps.layer.ownerDocument;
  const win = doc.defaultView ?? window;
  let box: Box | null = null;

  const report = async (outcome: EditOutcome, text: string, success: string) => {
    if (outcome === 'copied') {
      const copied = await copyToClipboard(win, text);
      card.status.textContent = t(copied ? 'content_copied' : 'content_copy_failed');
      card.status.classList.add('error');
      return;
    }
    card.status.classList.toggle('error', outcome !== 'replaced');
    card.status.textContent = t(outcome === 'replaced' ? success : OUTCOME_MESSAGE[outcome]);
  };

  const card = createCard(doc, {
    async replace(finding: Finding) {
      if (!box || !finding.suggestion) return;
      const range = finding.sentence ?? { start: finding.start, end: finding.end };
      const expected = box.text.slice(range.start, range.end);
      const outcome = await box.adapter.replace(
        range.start,
        range.end,
        expected,
        finding.suggestion,
      );
      box.refresh();
      await report(outcome, finding.suggestion, 'content_replaced');
    },
    ignore(findings) {
      for (const finding of findings) box?.ignoreOnce(finding);
    },
    async insertTemplate(template) {
      if (!box) return;
      const outcome = await box.adapter.insertAtCaret(template.text);
      box.refresh();
      await report(outcome, template.text, 'content_inserted');
    },
    setContractActive: (active) => deps.setContractActive(active),
    close: () => close(true),
  });

  const position = () => {
    if (!box || !card.element.isConnected) return;
    const anchor = box.chipElement().getBoundingClientRect();
    const editor = (
      deps.composerOf(box.adapter.element) ?? box.adapter.element
    ).getBoundingClientRect();
    const top = Math.min(anchor.top, editor.top);
    const bottom = Math.max(anchor.bottom, editor.bottom);
    const avoid = new DOMRect(editor.left, top, editor.width, bottom - top);
    const spot = placePanel(
      anchor,
      { width: card.element.offsetWidth, height: card.element.offsetHeight },
      win,
      avoid,
    );
    card.element.style.left = `${spot.left}px`;
    card.element.style.top = `${spot.top}px`;
  };

  const render = () => {
    if (!box) return;
    card.render({
      text: box.text,
      findings: box.findings,
      templates: deps.templates(),
      contractActive: deps.contractActive(),
    });
    // Placed at once: a card drawn for one frame at the corner would flash.
    position();
  };

  function close(returnFocus: boolean) {
    const owner = box;
    box = null;
    card.element.remove();
    card.status.textContent = '';
    card.reset();
    if (returnFocus) owner?.adapter.element.focus({ preventScroll: true });
  }

  win.addEventListener('scroll', () => win.requestAnimationFrame(position), {
    signal: deps.signal,
    passive: true,
    capture: true,
  });
  win.addEventListener('resize', () => win.requestAnimationFrame(position), {
    signal: deps.signal,
    passive: true,
  });

  return {
    /** focus: move keyboard focus into the card (opened from the chip, not from a click in the text). */
    open(target: Box, { focus }: { focus: boolean }) {
      target.adapter.rememberCaret();
      if (box !== target) card.status.textContent = '';
      box = target;
      deps.layer.append(card.element);
      render();
      if (focus) card.element.focus({ preventScroll: true });
    },
    /** Called after every scan: keeps an open card true to the text. */
    update(target: Box) {
      if (box === target) render();
    },
    isOpenFor: (target: Box) => box === target,
    forget(target: Box) {
      if (box === target) close(false);
    },
    close,
  };
}
export type CardController = ReturnType<typeof createCardController>;
