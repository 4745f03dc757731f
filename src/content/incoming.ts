import { t } from '@/src/i18n/t';
import type { Category, Finding } from '@/src/detector/types';
import { mergeFindings } from '@/src/shared/analyze';
import { rangeFor, readTextModel, type TextModel } from './editors/textModel';
import type { HighlightRegistry } from './highlight/registry';
import { h } from './ui/dom';

// Messages the other side sent that ask to leave the platform: marked in place
// (read-only) with a "Reply compliantly" button that drafts the right template.

export interface IncomingDeps {
  doc: Document;
  selector: string;
  layer: HTMLElement;
  highlights: HighlightRegistry;
  analyze(text: string): Finding[];
  /** The user's RE2 patterns, matched in the background; null when there are none. */
  analyzeMore(text: string): Promise<Finding[]> | null;
  reply(categories: Category[], ruleIds: string[]): void;
  signal: AbortSignal;
}

interface Marked {
  element: Element;
  button: HTMLButtonElement;
}

export function watchIncoming(deps: IncomingDeps) {
  const win = deps.doc.defaultView ?? window;
  const seen = new WeakSet<Element>();
  const marked: Marked[] = [];
  let frame = 0;

  const layout = () => {
    frame = 0;
    for (const { element, button } of marked) {
      const rect = element.getBoundingClientRect();
      const visible =
        element.isConnected && rect.bottom > 0 && rect.top < win.innerHeight && rect.width > 0;
      button.hidden = !visible;
      if (!visible) continue;
      button.style.left = `${Math.round(Math.max(4, rect.right - button.offsetWidth))}px`;
      button.style.top = `${Math.round(rect.bottom + 2)}px`;
    }
  };
  const requestLayout = () => {
    if (!frame) frame = win.requestAnimationFrame(layout);
  };

  const mark = (element: Element) => {
    seen.add(element);
    const model = readTextModel(element);
    const local = deps.analyze(model.text);
    const more = deps.analyzeMore(model.text);
    if (!more) markWith(element, model, local);
    else
      void more.then(
        (found) => markWith(element, model, mergeFindings(local, found)),
        () => markWith(element, model, local),
      );
  };

  const markWith = (element: Element, model: TextModel, findings: Finding[]) => {
    if (findings.length === 0 || deps.signal.aborted || !element.isConnected) return;
    deps.highlights.styleFor(element);
    const ranges = findings
      .map((finding) => rangeFor(model, finding.start, finding.end, deps.doc))
      .filter((range): range is Range => range !== null);
    deps.highlights.set(element, 'incoming', ranges);
    const categories = [...new Set(findings.map((finding) => finding.category))];
    const button = h(deps.doc, 'button', {
      class: 'reply',
      text: t('content_reply_compliantly'),
      attrs: { type: 'button', title: t('content_incoming_label') },
      on: {
        click: () =>
          deps.reply(
            categories,
            findings.map((finding) => finding.ruleId),
          ),
      },
    });
    // Hidden until the next frame places it beside its message: never shown (or clicked) at
    // the layer's corner first.
    button.hidden = true;
    deps.layer.append(button);
    marked.push({ element, button });
    requestLayout();
  };

  const sweep = () => {
    for (let i = marked.length - 1; i >= 0; i -= 1) {
      const entry = marked[i]!;
      if (entry.element.isConnected) continue;
      entry.button.remove();
      deps.highlights.clear(entry.element);
      marked.splice(i, 1);
    }
    for (const element of deps.doc.querySelectorAll(deps.selector))
      if (!seen.has(element)) mark(element);
    requestLayout();
  };

  let pending = 0;
  const observer = new MutationObserver((records) => {
    // Typing in a compose box is not a new message.
    const outsideEditors = records.some((record) => {
      const node =
        record.target instanceof HTMLElement ? record.target : record.target.parentElement;
      return !node?.isContentEditable;
    });
    if (outsideEditors && !pending) pending = win.setTimeout(() => ((pending = 0), sweep()), 200);
  });
  observer.observe(deps.doc.body ?? deps.doc.documentElement, { childList: true, subtree: true });
  win.addEventListener('scroll', requestLayout, {
    signal: deps.signal,
    passive: true,
    capture: true,
  });
  win.addEventListener('resize', requestLayout, { signal: deps.signal, passive: true });
  deps.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      win.clearTimeout(pending);
      for (const { element, button } of marked) {
        button.remove();
        deps.highlights.clear(element);
      }
    },
    { once: true },
  );
  sweep();
}

/** Which template answers a message, by what it asked for. */
export function templateFor(categories: Category[], ruleIds: string[]): string {
  if (ruleIds.some((id) => id.includes('scam'))) return 'spot-scam';
  if (categories.includes('payment') || categories.includes('circumvention'))
    return 'decline-payment';
  return 'decline-contact';
}
