// Highlights for rich editors go through the CSS Custom Highlight API: ranges
// painted by the browser, nothing inserted into the editor. One registry entry
// per severity; each compose box contributes its own ranges.

export const HIGHLIGHT_NAMES = {
  high: 'onside-high',
  medium: 'onside-medium',
  low: 'onside-low',
  incoming: 'onside-incoming',
} as const;
export type HighlightKind = keyof typeof HIGHLIGHT_NAMES;

const STYLE = `
::highlight(onside-high) { background-color: rgba(217, 48, 37, 0.16); text-decoration: underline wavy #c5221f; text-decoration-thickness: 1.5px; }
::highlight(onside-medium) { background-color: rgba(227, 116, 0, 0.16); text-decoration: underline wavy #b06000; }
::highlight(onside-low) { text-decoration: underline dotted #5f6368; }
::highlight(onside-incoming) { background-color: rgba(227, 116, 0, 0.14); text-decoration: underline dotted #b06000; }
`;

type PageWindow = Window & typeof globalThis;

export function highlightSupported(win: PageWindow = window): boolean {
  return (
    'highlights' in win.CSS && typeof (win as { Highlight?: unknown }).Highlight === 'function'
  );
}

export class HighlightRegistry {
  private readonly owners = new Map<object, Map<HighlightKind, Range[]>>();
  private readonly styled = new WeakSet<Document | ShadowRoot>();

  constructor(private readonly win: PageWindow = window) {}

  /** Makes sure the ::highlight styles apply in the tree that holds the editor. */
  styleFor(node: Node) {
    const root = node.getRootNode() as Document | ShadowRoot;
    if (this.styled.has(root)) return;
    this.styled.add(root);
    try {
      const sheet = new this.win.CSSStyleSheet();
      sheet.replaceSync(STYLE);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      // Some engines refuse sheets built in an extension's world: fall back to a style element.
      const style = this.win.document.createElement('style');
      style.dataset.onside = 'highlight';
      style.textContent = STYLE;
      (root instanceof ShadowRoot ? root : (root.head ?? root.documentElement)).append(style);
    }
  }

  set(owner: object, kind: HighlightKind, ranges: Range[]) {
    const byKind = this.owners.get(owner) ?? new Map<HighlightKind, Range[]>();
    byKind.set(kind, ranges);
    this.owners.set(owner, byKind);
    this.paint(kind);
  }

  clear(owner: object) {
    const byKind = this.owners.get(owner);
    this.owners.delete(owner);
    for (const kind of byKind?.keys() ?? []) this.paint(kind);
  }

  clearAll() {
    this.owners.clear();
    for (const name of Object.values(HIGHLIGHT_NAMES)) this.win.CSS.highlights?.delete(name);
  }

  private paint(kind: HighlightKind) {
    if (!highlightSupported(this.win)) return;
    const ranges = [...this.owners.values()].flatMap((byKind) => byKind.get(kind) ?? []);
    const name = HIGHLIGHT_NAMES[kind];
    if (ranges.length === 0) this.win.CSS.highlights.delete(name);
    else this.win.CSS.highlights.set(name, new Highlight(...ranges));
  }
}
