import { COMPOSE_SELECTOR, findComposeBoxes, isComposeBox, openShadowRoots } from './find';

// Keeps the set of compose boxes current as the page changes: single-page
// navigation, modals, re-mounted editors, boxes inside open shadow roots.
// Only added subtrees are searched, and typing inside a known box is ignored,
// so the cost per keystroke stays near zero on large pages.
export interface BoxWatcher {
  current(): HTMLElement[];
}

export function watchComposeBoxes(
  doc: Document,
  onAdded: (element: HTMLElement) => void,
  onRemoved: (element: HTMLElement) => void,
  signal: AbortSignal,
): BoxWatcher {
  const known = new Set<HTMLElement>();
  const observed = new WeakSet<Node>();
  const win = doc.defaultView ?? window;
  const added = new Set<Element>();
  let pending = 0;

  const insideKnown = (node: Node) => [...known].some((box) => box !== node && box.contains(node));

  const add = (element: HTMLElement) => {
    if (known.has(element)) return;
    known.add(element);
    onAdded(element);
  };

  const searchIn = (root: Element | Document | ShadowRoot) => {
    if (root instanceof Element && root.matches(COMPOSE_SELECTOR) && isComposeBox(root)) add(root);
    for (const element of findComposeBoxes(root)) add(element);
    for (const shadowRoot of openShadowRoots(root)) observe(shadowRoot);
  };

  const reconcile = () => {
    pending = 0;
    if (signal.aborted) return;
    for (const element of known) {
      if (!element.isConnected || !isComposeBox(element)) {
        known.delete(element);
        onRemoved(element);
      }
    }
    for (const element of added) if (element.isConnected) searchIn(element);
    added.clear();
  };

  const observer = new MutationObserver((records) => {
    let changed = false;
    for (const record of records) {
      if (insideKnown(record.target)) continue;
      changed = true;
      if (record.type === 'attributes' && record.target instanceof Element)
        added.add(record.target);
      for (const node of record.addedNodes) if (node instanceof Element) added.add(node);
    }
    if (changed && !pending) pending = win.requestAnimationFrame(reconcile);
  });
  const observe = (target: Node) => {
    if (observed.has(target)) return;
    observed.add(target);
    observer.observe(target, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'readonly', 'disabled'],
    });
  };
  observe(doc);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (pending) win.cancelAnimationFrame(pending);
    },
    { once: true },
  );
  searchIn(doc);
  return { current: () => [...known] };
}
