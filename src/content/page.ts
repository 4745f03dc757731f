import type { Finding } from '@/src/detector/types';
import type { TabStatus } from '@/src/shared/protocol';
import type { SiteId } from '@/src/shared/sites';
import { watchBox, type Box } from './box';
import { watchComposeBoxes } from './boxes/watch';
import { createCardController } from './cardController';
import { copyToClipboard } from './clipboard';
import { detectEditorKind, type EditorAdapter } from './editors/types';
import { richTextAdapter } from './editors/richAdapter';
import { textControlAdapter } from './editors/textControlAdapter';
import { createMirror, type MirrorOverlay } from './highlight/mirror';
import { HighlightRegistry } from './highlight/registry';
import { templateFor, watchIncoming } from './incoming';
import { guardSends } from './sendGuard';
import { outermost, SITE_DOM } from './sites';
import { createAnnouncer } from './ui/announcer';
import type { CardTemplate } from './ui/card';
import { createUiHost } from './ui/host';

// Wires one page: compose boxes, the card, the send guard, incoming messages.
// Everything hangs off `signal`, so an invalidated extension leaves no trace.

export interface PageEnv {
  doc: Document;
  site: SiteId;
  signal: AbortSignal;
  analyze(text: string): Finding[];
  analyzeLarge(text: string): Promise<Finding[]>;
  /** The user's RE2 patterns, matched in the background; null when there are none. */
  analyzeMore(text: string): Promise<Finding[]> | null;
  sendGuard(): boolean;
  templates(): readonly CardTemplate[];
  contractActive(): boolean;
  setContractActive(active: boolean): void;
}

function adapterFor(
  element: HTMLElement,
  layer: HTMLElement,
): [EditorAdapter, MirrorOverlay | null] {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    const mirror = createMirror(element, layer);
    return [textControlAdapter(element), mirror];
  }
  return [richTextAdapter(element, detectEditorKind(element)), null];
}

export function startPage(env: PageEnv) {
  const { doc, signal } = env;
  const site = SITE_DOM[env.site];
  const host = createUiHost(doc);
  signal.addEventListener('abort', () => host.destroy(), { once: true });
  const highlights = new HighlightRegistry(doc.defaultView ?? window);
  signal.addEventListener('abort', () => highlights.clearAll(), { once: true });
  const announcer = createAnnouncer(host.layer);
  const boxes = new Map<HTMLElement, Box>();
  let last: Box | null = null;

  const card = createCardController({
    layer: host.layer,
    templates: env.templates,
    contractActive: env.contractActive,
    setContractActive: env.setContractActive,
    composerOf: (element) => outermost(element, site.composer),
    signal,
  });

  const boxFor = (target: EventTarget | null): Box | null => {
    if (!(target instanceof Node)) return null;
    for (const [element, box] of boxes)
      if (element === target || element.contains(target)) return box;
    return null;
  };

  const attach = (element: HTMLElement) => {
    const [adapter, mirror] = adapterFor(element, host.layer);
    const box = watchBox(adapter, mirror, {
      analyze: env.analyze,
      analyzeLarge: env.analyzeLarge,
      analyzeMore: env.analyzeMore,
      layer: host.layer,
      highlights,
      signal,
      onFindings(changed, fresh) {
        card.update(changed);
        if (fresh) announcer.announce(changed.text, changed.findings);
      },
      onChipActivate: (target) => card.open(target, { focus: true }),
    });
    boxes.set(element, box);
    const options = { signal, passive: true };
    element.addEventListener('focus', () => (last = box), options);
    element.addEventListener(
      'click',
      () => {
        const caret = adapter.caretOffset();
        if (caret === null) return;
        const hit = box.findings.some((finding) => finding.start <= caret && caret <= finding.end);
        if (hit) card.open(box, { focus: false });
      },
      options,
    );
    element.addEventListener(
      'keydown',
      (event) => {
        if (event.altKey && event.shiftKey && event.code === 'KeyO') {
          event.preventDefault();
          card.open(box, { focus: true });
        } else if (event.key === 'Escape' && card.isOpenFor(box)) {
          card.close(false);
        }
      },
      { signal },
    );
  };

  const detach = (element: HTMLElement) => {
    const box = boxes.get(element);
    if (!box) return;
    card.forget(box);
    box.destroy();
    boxes.delete(element);
    if (last === box) last = null;
  };

  const watcher = watchComposeBoxes(doc, attach, detach, signal);
  /** The box a template or reply goes to: the last one focused, else the first. */
  const target = (): Box | null => last ?? boxes.values().next().value ?? null;
  guardSends({
    doc,
    layer: host.layer,
    site,
    enabled: env.sendGuard,
    boxFor,
    lastBox: target,
    signal,
  });

  watchIncoming({
    doc,
    selector: site.incomingMessage,
    layer: host.layer,
    highlights,
    analyze: env.analyze,
    analyzeMore: env.analyzeMore,
    signal,
    reply(categories, ruleIds) {
      const box = target();
      const template = env
        .templates()
        .find((entry) => entry.id === templateFor(categories, ruleIds));
      if (box && template) void box.adapter.insertAtCaret(template.text).then(() => box.refresh());
    },
  });

  return {
    rescanAll: () => boxes.forEach((box) => box.refresh(true)),
    async insertTemplate(text: string) {
      const box = target();
      if (!box) return { inserted: false, copied: false };
      const outcome = await box.adapter.insertAtCaret(text);
      box.refresh();
      if (outcome === 'replaced') return { inserted: true, copied: false };
      return { inserted: false, copied: await copyToClipboard(doc.defaultView ?? window, text) };
    },
    status(): TabStatus {
      const composers = doc.querySelectorAll(site.composer);
      const unattached = [...composers].filter(
        (composer) => ![...boxes.keys()].some((element) => composer.contains(element)),
      ).length;
      const focused = target();
      return {
        attached: watcher.current().length > 0,
        unattached,
        site: env.site,
        findings: (focused?.findings ?? []).map(({ ruleId, category, severity, message }) => ({
          ruleId,
          category,
          severity,
          message,
        })),
      };
    },
  };
}
