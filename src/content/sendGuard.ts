import type { Box } from './box';
import { outermost, type SiteDom } from './sites';
import { askBeforeSending } from './ui/guard';

// Before a message with an unaddressed high-risk phrase goes out (Enter, or the
// site's send button), ask once. "Send anyway" always sends: never a lock.

export interface GuardDeps {
  doc: Document;
  layer: HTMLElement;
  site: SiteDom;
  enabled(): boolean;
  boxFor(target: EventTarget | null): Box | null;
  lastBox(): Box | null;
  signal: AbortSignal;
}

function highRisk(box: Box) {
  box.checkNow();
  return box.findings
    .filter((finding) => finding.severity === 'high')
    .map((finding) => box.text.slice(finding.start, finding.end));
}

function sendButtonFor(box: Box, deps: GuardDeps): HTMLElement | null {
  const composer = outermost(box.adapter.element, deps.site.composer);
  return composer?.querySelector<HTMLElement>(deps.site.sendButton) ?? null;
}

function pressEnter(element: HTMLElement) {
  for (const type of ['keydown', 'keypress', 'keyup']) {
    const event = new KeyboardEvent(type, {
      key: 'Enter',
      code: 'Enter',
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    // Older editors still read keyCode, which the constructor cannot set.
    Object.defineProperty(event, 'keyCode', { get: () => 13 });
    Object.defineProperty(event, 'which', { get: () => 13 });
    element.dispatchEvent(event);
  }
}

export function guardSends(deps: GuardDeps) {
  let bypass = false;

  const ask = async (box: Box, quotes: string[], send: () => void) => {
    const choice = await askBeforeSending(deps.layer, quotes);
    if (choice === 'edit') {
      box.adapter.element.focus({ preventScroll: true });
      return;
    }
    bypass = true;
    try {
      send();
    } finally {
      bypass = false;
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (bypass || !deps.enabled() || !deps.site.enterSends) return;
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.isComposing) return;
    const box = deps.boxFor(event.composedPath()[0] ?? event.target);
    if (!box) return;
    const quotes = highRisk(box);
    if (quotes.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void ask(box, quotes, () => {
      const button = sendButtonFor(box, deps);
      if (button) button.click();
      else pressEnter(box.adapter.element);
    });
  };

  const onClick = (event: MouseEvent) => {
    if (bypass || !deps.enabled()) return;
    const target = event.composedPath()[0];
    const button =
      target instanceof Element ? target.closest<HTMLElement>(deps.site.sendButton) : null;
    if (!button) return;
    const composer = outermost(button, deps.site.composer);
    const box =
      (composer && deps.boxFor(composer.querySelector('textarea, input, [contenteditable]'))) ||
      deps.lastBox();
    if (!box) return;
    const quotes = highRisk(box);
    if (quotes.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void ask(box, quotes, () => button.click());
  };

  const options = { capture: true, signal: deps.signal };
  deps.doc.addEventListener('keydown', onKeyDown, options);
  deps.doc.addEventListener('click', onClick, options);
}
