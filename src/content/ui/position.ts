// Chooses where the chip sits beside a compose box: outside the box, on a spot
// that covers none of the site's controls (send button, toolbar, attachments).

export interface Size {
  width: number;
  height: number;
}

const GAP = 4;
const CONTROLS =
  'button, a[href], input, select, textarea, [role="button"], [role="toolbar"], [contenteditable=""], [contenteditable="true"], label';

export function chipCandidates(box: DOMRect, chip: Size): DOMRect[] {
  const right = box.right - chip.width;
  // Inside the box's bottom-right corner first, where writing tools are expected,
  // when the box is tall enough that the chip leaves the text room.
  const inside =
    box.height >= chip.height * 2 + GAP * 2
      ? [
          new DOMRect(
            box.right - chip.width - GAP,
            box.bottom - chip.height - GAP,
            chip.width,
            chip.height,
          ),
        ]
      : [];
  return [
    ...inside,
    new DOMRect(right, box.bottom + GAP, chip.width, chip.height),
    new DOMRect(right, box.top - chip.height - GAP, chip.width, chip.height),
    new DOMRect(box.right + GAP, box.bottom - chip.height, chip.width, chip.height),
    new DOMRect(box.left - chip.width - GAP, box.bottom - chip.height, chip.width, chip.height),
    new DOMRect(box.left, box.bottom + GAP, chip.width, chip.height),
  ];
}

function inViewport(rect: DOMRect, win: Window) {
  return (
    rect.left >= 0 &&
    rect.top >= 0 &&
    rect.right <= win.innerWidth &&
    rect.bottom <= win.innerHeight
  );
}

function coversControl(
  rect: DOMRect,
  doc: Document,
  ownHost: Element | null,
  box: Element,
): boolean {
  const points: [number, number][] = [
    [rect.left + 1, rect.top + 1],
    [rect.right - 1, rect.top + 1],
    [rect.left + 1, rect.bottom - 1],
    [rect.right - 1, rect.bottom - 1],
    [rect.left + rect.width / 2, rect.top + rect.height / 2],
  ];
  return points.some(([x, y]) =>
    doc
      .elementsFromPoint(x, y)
      .some(
        (element) =>
          element !== ownHost &&
          !box.contains(element) &&
          element.closest(CONTROLS) !== null &&
          !element.contains(box),
      ),
  );
}

/** Must run inside an animation frame: it reads layout. */
export function placeChip(
  element: Element,
  chip: Size,
  doc: Document,
  ownHost: Element | null,
): DOMRect {
  const win = doc.defaultView ?? window;
  const candidates = chipCandidates(element.getBoundingClientRect(), chip);
  const visible = candidates.filter((rect) => inViewport(rect, win));
  return (
    visible.find((rect) => !coversControl(rect, doc, ownHost, element)) ??
    visible[0] ??
    candidates[0]!
  );
}

/**
 * Places a floating panel by its anchor (the chip), above or below the compose
 * box so it never hides what is being typed; overlaps only when neither fits.
 */
export function placePanel(
  anchor: DOMRect,
  panel: Size,
  win: Window,
  avoid: DOMRect = anchor,
): { left: number; top: number } {
  const margin = 8;
  const left = Math.min(
    Math.max(margin, anchor.right - panel.width),
    win.innerWidth - panel.width - margin,
  );
  const below = avoid.bottom + GAP;
  const above = avoid.top - GAP - panel.height;
  if (below + panel.height <= win.innerHeight - margin) return { left, top: below };
  if (above >= margin) return { left, top: above };
  const top =
    anchor.top - GAP - panel.height >= margin
      ? anchor.top - GAP - panel.height
      : anchor.bottom + GAP;
  return { left, top: Math.max(margin, Math.min(top, win.innerHeight - panel.height - margin)) };
}
