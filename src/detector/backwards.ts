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
  for (const mark of [...marks].sort((x, y) => x - y)) {
    let from = Math.max(0, text.lastIndexOf('\n', mark) + 1, mark - BACKWARDS_REACH);
    const line = text.indexOf('\n', mark);
    let to = Math.min(line < 0 ? text.length : line, mark + BACKWARDS_REACH);
    if (from > 0 && isLow(from)) from--;
    if (to < text.length && isLow(to)) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}
