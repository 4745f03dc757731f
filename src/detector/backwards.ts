// Messages written backwards ("ppastahw no em dda"): the scanner reads the lines around a
// brand or channel written backwards a second time, reversed, and maps what it finds back.

/** The text read from its end, code point by code point (a surrogate pair stays a pair). */
export function reversed(text: string): string {
  return Array.from(text).reverse().join('');
}

// A message written backwards is a line or two, not a whole export: what is read reversed is
// the line around each backwards word, at most this far on either side.
const BACKWARDS_REACH = 600;

/** The stretches of `text` to read reversed: the lines around `marks`, merged, pairs kept whole. */
export function backwardsWindows(text: string, marks: readonly number[]): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  const isLow = (at: number): boolean => {
    const c = text.charCodeAt(at);
    return c >= 0xdc00 && c <= 0xdfff;
  };
  // The line around each mark, found once per line: marks come in order, and a long line
  // holding many of them is not searched again for each.
  let lineStart = 0;
  let lineEnd = -1;
  for (const mark of [...marks].sort((x, y) => x - y)) {
    if (mark > lineEnd) {
      lineStart = text.lastIndexOf('\n', mark) + 1;
      const line = text.indexOf('\n', mark);
      lineEnd = line < 0 ? text.length : line;
    }
    let from = Math.max(0, lineStart, mark - BACKWARDS_REACH);
    let to = Math.min(lineEnd, mark + BACKWARDS_REACH);
    if (from > 0 && isLow(from)) from--;
    if (to < text.length && isLow(to)) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}
