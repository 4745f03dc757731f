// Which elements are compose boxes. Selectors are data; the checks after them
// keep out search fields, read-only text and Onside's own UI.

export const COMPOSE_SELECTOR = [
  'textarea',
  'input[type="text"]',
  'input:not([type])',
  '[contenteditable="true"]',
  '[contenteditable=""]',
  '[contenteditable="plaintext-only"]',
].join(',');

const NOT_A_MESSAGE =
  /search|filter|query|username|login|password|captcha|zip|postal|phone|email|url|date|price|amount|rate|budget/i;

function isEditableRoot(element: HTMLElement): boolean {
  if (!element.isContentEditable) return false;
  const parent = element.parentElement;
  // Only the outermost editable element is the box; nested ones belong to it.
  return !parent?.isContentEditable;
}

export function isComposeBox(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement) || element.closest('[data-onside]')) return false;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (element instanceof HTMLInputElement) {
    if (element.readOnly || element.disabled) return false;
    if (element.getAttribute('role') === 'combobox' || element.getAttribute('role') === 'searchbox')
      return false;
    const hints = `${element.name} ${element.id} ${element.autocomplete} ${element.getAttribute('aria-label') ?? ''} ${element.placeholder}`;
    return !NOT_A_MESSAGE.test(hints);
  }
  return isEditableRoot(element);
}

/** Compose boxes in a tree, looking into open shadow roots as well. */
export function findComposeBoxes(root: Document | ShadowRoot | Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of root.querySelectorAll(COMPOSE_SELECTOR)) {
    if (isComposeBox(element)) found.push(element);
  }
  for (const shadowRoot of openShadowRoots(root)) found.push(...findComposeBoxes(shadowRoot));
  return found;
}

export function openShadowRoots(root: Document | ShadowRoot | Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const start = root instanceof Document ? root.documentElement : root;
  if (!start) return roots;
  const walker = start.ownerDocument.createTreeWalker(start, NodeFilter.SHOW_ELEMENT);
  for (
    let node = walker.currentNode as Element | null;
    node;
    node = walker.nextNode() as Element | null
  ) {
    if (node.shadowRoot && !(node as HTMLElement).dataset?.onside) roots.push(node.shadowRoot);
  }
  return roots;
}
