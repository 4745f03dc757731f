// Runs inside the page (serialised by the driver): finds Onside's UI by role
// and accessible name, as a user or a screen reader would, and reads state.
// It must stay self-contained: no imports, no outside references.
export function installProbe() {
  // Onside's UI roots in this page and in its same-origin frames, with each frame's offset.
  const roots = () => {
    const found: { root: ShadowRoot; dx: number; dy: number }[] = [];
    const visit = (doc: Document, dx: number, dy: number) => {
      const root = doc.querySelector('[data-onside="ui"]')?.shadowRoot;
      if (root) found.push({ root, dx, dy });
      for (const frame of doc.querySelectorAll('iframe')) {
        const rect = frame.getBoundingClientRect();
        try {
          if (frame.contentDocument)
            visit(
              frame.contentDocument,
              dx + rect.left + frame.clientLeft,
              dy + rect.top + frame.clientTop,
            );
        } catch {
          // cross-origin frame: not ours to look into
        }
      }
    };
    visit(document, 0, 0);
    return found;
  };
  const ui = () => roots()[0]?.root ?? null;
  const offsetOf = (element: Element) =>
    roots().find(({ root }) => root.contains(element)) ?? { dx: 0, dy: 0 };
  const everything = () => roots().flatMap(({ root }) => [...root.querySelectorAll('*')]);
  const nameOf = (element: Element) => {
    const labelledBy = element.getAttribute('aria-labelledby');
    const root = element.getRootNode() as ShadowRoot;
    return (
      element.getAttribute('aria-label') ??
      (labelledBy ? root.getElementById(labelledBy)?.textContent : null) ??
      element.textContent ??
      ''
    ).trim();
  };
  const roleOf = (element: Element) =>
    element.getAttribute('role') ??
    (element.tagName === 'BUTTON'
      ? 'button'
      : element.tagName === 'A'
        ? 'link'
        : element.tagName.toLowerCase());
  const visible = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && !(element as HTMLElement).closest('[hidden]');
  };
  const all = (role: string, name: string | RegExp) =>
    everything().filter(
      (element) =>
        roleOf(element) === role &&
        visible(element) &&
        (typeof name === 'string' ? nameOf(element) === name : name.test(nameOf(element))),
    );
  const probe = {
    names(role: string) {
      return everything()
        .filter((element) => roleOf(element) === role && visible(element))
        .map(nameOf);
    },
    center(role: string, name: string, index = 0) {
      const element = all(role, name)[index];
      if (!element) return null;
      element.scrollIntoView({ block: 'nearest' });
      const rect = element.getBoundingClientRect();
      const { dx, dy } = offsetOf(element);
      return { x: dx + rect.left + rect.width / 2, y: dy + rect.top + rect.height / 2 };
    },
    activate(role: string, name: string, index = 0) {
      const element = all(role, name)[index] as HTMLElement | undefined;
      element?.click();
      return Boolean(element);
    },
    exists: (role: string, pattern: string) => all(role, new RegExp(pattern)).length > 0,
    highlighted() {
      const mirrors = everything().filter((element) => element.matches('.mirror mark'));
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      const fromRegistry = ['onside-high', 'onside-medium', 'onside-low'].flatMap((key) =>
        [...(registry?.get(key) ?? [])].map((range) => range.toString()),
      );
      const fromMirror = mirrors.map((mark) => mark.textContent ?? '');
      return [...fromRegistry, ...fromMirror];
    },
    /** Where to click to put the caret in the page's editor number `which`, looking into shadow roots and frames. */
    editorPoint(which: number) {
      const editors: { element: HTMLElement; dx: number; dy: number }[] = [];
      const visit = (root: Document | ShadowRoot, dx: number, dy: number) => {
        for (const element of root.querySelectorAll<HTMLElement>('*')) {
          if (element.dataset.standin === 'editor') editors.push({ element, dx, dy });
          if (element.shadowRoot && !element.dataset.onside) visit(element.shadowRoot, dx, dy);
          if (element instanceof HTMLIFrameElement && element.contentDocument) {
            const rect = element.getBoundingClientRect();
            visit(
              element.contentDocument,
              dx + rect.left + element.clientLeft,
              dy + rect.top + element.clientTop,
            );
          }
        }
      };
      visit(document, 0, 0);
      const target = editors[which];
      if (!target) return null;
      target.element.scrollIntoView({ block: 'nearest' });
      const rect = target.element.getBoundingClientRect();
      return {
        x: target.dx + rect.left + Math.min(rect.width / 2, 40),
        y: target.dy + rect.top + Math.min(rect.height / 2, 14),
      };
    },
    incomingHighlighted() {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      return [...(registry?.get('onside-incoming') ?? [])].map((range) => range.toString());
    },
    focusedInUi: () => (ui()?.activeElement ? nameOf(ui()!.activeElement!) : null),
    uiPresent: () => ui() !== null,
  };
  (window as unknown as { __probe: typeof probe }).__probe = probe;
}

export type Probe = {
  names(role: string): string[];
  center(role: string, name: string, index?: number): { x: number; y: number } | null;
  activate(role: string, name: string, index?: number): boolean;
  exists(role: string, pattern: string): boolean;
  highlighted(): string[];
  incomingHighlighted(): string[];
  editorPoint(which: number): { x: number; y: number } | null;
  focusedInUi(): string | null;
  uiPresent(): boolean;
};
