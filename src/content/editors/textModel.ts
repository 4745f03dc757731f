// Reads a contenteditable's text the way a person sees it (blocks on their own
// lines) and keeps, for every character, where it lives in the DOM, so that
// detector offsets turn back into DOM ranges for highlights and edits.

export interface TextSegment {
  node: Text;
  /** Offset of this node's first character in the model text. */
  start: number;
}

export interface TextModel {
  root: Node;
  text: string;
  segments: TextSegment[];
}

const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|BLOCKQUOTE|PRE|TR|TABLE|SECTION|ARTICLE)$/;

function isBlock(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && BLOCK.test((node as Element).tagName);
}

function isTrailingBreak(br: Element): boolean {
  // Editors keep a <br> at the end of a block so it has height: not a new line.
  let next = br.nextSibling;
  while (next && next.nodeType === Node.TEXT_NODE && next.textContent === '')
    next = next.nextSibling;
  return next === null;
}

export function readTextModel(root: Node): TextModel {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let needsBreak = false;

  const push = (value: string) => {
    parts.push(value);
    length += value.length;
  };

  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (!data) return;
      if (needsBreak && length > 0) push('\n');
      needsBreak = false;
      segments.push({ node: node as Text, start: length });
      push(data);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.tagName === 'BR') {
      if (!isTrailingBreak(element)) {
        if (needsBreak && length > 0) push('\n');
        needsBreak = false;
        push('\n');
      }
      return;
    }
    if (element.tagName === 'STYLE' || element.tagName === 'SCRIPT') return;
    const block = isBlock(element);
    if (block) needsBreak = true;
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) needsBreak = true;
  };

  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  return { root, text: parts.join(''), segments };
}

/** The DOM position of a model offset; offsets between blocks snap forward. */
export function positionAt(model: TextModel, offset: number, preferEnd = false) {
  const { segments } = model;
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid]!;
    if (segment.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found === -1) {
    const first = segments[0];
    return first ? { node: first.node, offset: 0 } : null;
  }
  const segment = segments[found]!;
  const within = offset - segment.start;
  if (within <= segment.node.data.length) {
    if (within === segment.node.data.length && !preferEnd) {
      const next = segments[found + 1];
      if (next && next.start === offset) return { node: next.node, offset: 0 };
    }
    return { node: segment.node, offset: within };
  }
  const next = segments[found + 1];
  if (next && !preferEnd) return { node: next.node, offset: 0 };
  return { node: segment.node, offset: segment.node.data.length };
}

/** Where the caret goes in an editor holding no text yet: its first empty block. */
function emptyPosition(root: Node) {
  let node = root;
  while (
    node.firstChild &&
    node.firstChild.nodeType === Node.ELEMENT_NODE &&
    (node.firstChild as Element).tagName !== 'BR'
  )
    node = node.firstChild;
  return { node, offset: 0 };
}

export function rangeFor(
  model: TextModel,
  start: number,
  end: number,
  doc: Document,
): Range | null {
  if (model.segments.length === 0) {
    const empty = emptyPosition(model.root);
    const range = doc.createRange();
    range.setStart(empty.node, empty.offset);
    return range;
  }
  const from = positionAt(model, start);
  const to = positionAt(model, end, true);
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The model offset of a DOM position inside the root (for the caret). */
export function offsetOf(model: TextModel, node: Node, offset: number): number | null {
  for (const segment of model.segments) {
    if (segment.node === node) return segment.start + Math.min(offset, segment.node.data.length);
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const child = node.childNodes[offset] ?? null;
  // Caret between elements: the first text segment at or after that child.
  for (const segment of model.segments) {
    if (child && (child === segment.node || child.contains(segment.node))) return segment.start;
  }
  return null;
}
