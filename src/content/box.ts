import type { Finding } from '@/src/detector/types';
import { LARGE_TEXT, mergeFindings } from '@/src/shared/analyze';
import type { EditorAdapter } from './editors/types';
import type { MirrorOverlay } from './highlight/mirror';
import type { HighlightKind, HighlightRegistry } from './highlight/registry';
import { createPauseScheduler } from './schedule';
import { createChip } from './ui/chip';
import { placeChip } from './ui/position';

// One watched compose box: scans on a pause in typing, paints highlights,
// keeps its chip beside it. Geometry is read only inside animation frames.

export interface BoxDeps {
  analyze(text: string): Finding[];
  analyzeLarge(text: string): Promise<Finding[]>;
  /** The user's RE2 patterns, matched in the background; null when there are none. */
  analyzeMore(text: string): Promise<Finding[]> | null;
  layer: HTMLElement;
  highlights: HighlightRegistry;
  onFindings(box: Box, fresh: boolean): void;
  onChipActivate(box: Box): void;
  signal: AbortSignal;
}

export interface Box {
  readonly adapter: EditorAdapter;
  readonly findings: readonly Finding[];
  readonly text: string;
  /** Scans now if the text changed (the send guard cannot wait for a pause); force after a settings change. */
  refresh(force?: boolean): void;
  /** Scans on the page right now, whatever the length: the send guard cannot wait. */
  checkNow(): void;
  ignoreOnce(finding: Finding): void;
  chipElement(): HTMLElement;
  destroy(): void;
}

// How long a scan on a pause waits for the background's RE2 matches before it shows what
// the page found alone: long enough for an awake service worker, so highlights do not blink
// off and on at every pause; short enough to keep a warning within half a second.
export const MORE_WAIT_MS = 250;

const keyOf = (text: string, finding: Finding) =>
  `${finding.ruleId}\u0000${text.slice(finding.start, finding.end)}`;

// Firefox repaints the whole text node a highlight falls in: in a paragraph of a megabyte that
// froze the page for ~200 ms. There, like past LARGE_TEXT in a textarea, the chip and card
// carry the warning alone; highlights in ordinary paragraphs of a long text stay.
function inHugeTextNode(range: Range): boolean {
  const huge = (node: Node) =>
    node.nodeType === Node.TEXT_NODE && (node as Text).length > LARGE_TEXT;
  return huge(range.startContainer) || huge(range.endContainer);
}

export function watchBox(adapter: EditorAdapter, mirror: MirrorOverlay | null, deps: BoxDeps): Box {
  const element = adapter.element;
  const doc = element.ownerDocument;
  const win = doc.defaultView ?? window;
  const local = new AbortController();
  const signal = AbortSignal.any([deps.signal, local.signal]);
  const ignored = new Set<string>();
  let text = '';
  let findings: Finding[] = [];
  let frame = 0;

  const chip = createChip(doc, () => deps.onChipActivate(box));
  chip.render([]);
  deps.layer.append(chip.element);
  if (!mirror) deps.highlights.styleFor(element);

  const layout = () => {
    frame = 0;
    const rect = element.getBoundingClientRect();
    const hidden = rect.width === 0 || rect.height === 0 || !element.isConnected;
    chip.element.hidden = hidden;
    if (hidden) return;
    const size = { width: chip.element.offsetWidth || 44, height: chip.element.offsetHeight || 24 };
    const spot = placeChip(
      element,
      size,
      doc,
      deps.layer.getRootNode() instanceof ShadowRoot
        ? (deps.layer.getRootNode() as ShadowRoot).host
        : null,
    );
    chip.element.style.left = `${Math.round(spot.left)}px`;
    chip.element.style.top = `${Math.round(spot.top)}px`;
    mirror?.sync();
  };
  const requestLayout = () => {
    if (!frame) frame = win.requestAnimationFrame(layout);
  };

  const paint = () => {
    if (mirror) {
      // Laying out a copy of a huge text would freeze the page for as long as the
      // box's own layout; past LARGE_TEXT the chip and card carry the warning alone.
      if (text.length > LARGE_TEXT) mirror.update('', []);
      else mirror.update(text, findings);
    } else {
      for (const kind of ['high', 'medium', 'low'] as HighlightKind[]) {
        const ranges = findings
          .filter((finding) => finding.severity === kind)
          .map((finding) => adapter.rangeFor(finding.start, finding.end))
          .filter((range): range is Range => range !== null && !inHugeTextNode(range));
        deps.highlights.set(box, kind, ranges);
      }
    }
    chip.render(findings);
    requestLayout();
  };

  const show = (scanned: string, found: Finding[], before: Set<string>) => {
    findings = found.filter((finding) => !ignored.has(keyOf(scanned, finding)));
    paint();
    deps.onFindings(
      box,
      findings.some((finding) => !before.has(keyOf(scanned, finding))),
    );
  };

  const keysNow = () => new Set(findings.map((finding) => keyOf(text, finding)));
  // A scan waiting for the background's RE2 matches: what the page found, and whether shown.
  let waiting: { text: string; local: Finding[]; shown: boolean } | null = null;

  const scan = (force = false, urgent = false) => {
    const next = adapter.readText();
    scheduler.setLength(next.length);
    if (next === text && !force) {
      // The send guard cannot wait for the background: what the page found is shown now.
      if (urgent && waiting?.text === next && !waiting.shown) {
        waiting.shown = true;
        show(next, waiting.local, keysNow());
      }
      return;
    }
    if (next.trim() === '') ignored.clear();
    const before = keysNow();
    text = next;
    waiting = null;
    if (next.length <= LARGE_TEXT || urgent) {
      const local = deps.analyze(next);
      const more = deps.analyzeMore(next);
      if (!more) {
        show(next, local, before);
        return;
      }
      const wait = { text: next, local, shown: false };
      waiting = wait;
      const showLocal = () => {
        if (waiting !== wait || wait.shown || signal.aborted) return;
        wait.shown = true;
        show(next, local, before);
      };
      if (urgent) showLocal();
      const timer = win.setTimeout(showLocal, MORE_WAIT_MS);
      void more.then(
        (found) => {
          win.clearTimeout(timer);
          if (waiting !== wait || signal.aborted) return;
          waiting = null;
          show(next, mergeFindings(local, found), wait.shown ? keysNow() : before);
        },
        () => {
          win.clearTimeout(timer);
          showLocal();
          if (waiting === wait) waiting = null;
        },
      );
      return;
    }
    // A huge paste is scanned in the background; the page keeps its main thread.
    void deps.analyzeLarge(next).then(
      (found) => {
        if (text === next && !signal.aborted) show(next, found, before);
      },
      () => undefined,
    );
  };
  const scheduler = createPauseScheduler(() => scan(), win, signal);

  const box: Box = {
    adapter,
    get findings() {
      return findings;
    },
    get text() {
      return text;
    },
    refresh: (force = false) => scan(force),
    checkNow: () => scan(false, true),
    ignoreOnce(finding) {
      ignored.add(keyOf(text, finding));
      scan(true);
    },
    chipElement: () => chip.element,
    destroy: () => local.abort(),
  };

  const options = { signal, passive: true };
  element.addEventListener('input', () => scheduler.poke(), options);
  // Some editors change text without input events (programmatic setContent).
  const observer = new MutationObserver(() => scheduler.poke());
  if (!mirror) observer.observe(element, { childList: true, characterData: true, subtree: true });
  element.addEventListener('focus', requestLayout, options);
  element.addEventListener('scroll', requestLayout, options);
  win.addEventListener('scroll', requestLayout, { ...options, capture: true });
  win.addEventListener('resize', requestLayout, options);
  const resize = new ResizeObserver(requestLayout);
  resize.observe(element);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      resize.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
      deps.highlights.clear(box);
      mirror?.destroy();
      chip.element.remove();
    },
    { once: true },
  );

  scan(true);
  return box;
}
