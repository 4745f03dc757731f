// A compact position map: instead of one entry per unit, one entry per place the mapping
// shifts. Segment i covers units [at[i], at[i + 1]) and maps them onto the target either
// one to one ("run": unit at[i] + t -> to[i] + t) or all onto one block [to[i], to[i] + width[i]).

export interface SpanMap {
  at: Int32Array;
  to: Int32Array;
  /** 0 for a run, else the width of the block every unit of the segment maps onto. */
  width: Int32Array;
  count: number;
}

export function newSpanMap(capacity = 16): SpanMap {
  const c = Math.max(4, capacity);
  return { at: new Int32Array(c), to: new Int32Array(c), width: new Int32Array(c), count: 0 };
}

function append(map: SpanMap, unit: number, target: number, width: number): void {
  let i = map.count;
  // A segment that received no units is replaced, keeping `at` strictly increasing.
  if (i > 0 && map.at[i - 1] === unit) i--;
  else if (i === map.at.length) grow(map);
  map.at[i] = unit;
  map.to[i] = target;
  map.width[i] = width;
  map.count = i + 1;
}

/** Unit `unit` (and those after it, until the next mark) maps one to one from `target`. */
export function markRun(map: SpanMap, unit: number, target: number): void {
  const i = map.count - 1;
  if (i >= 0 && map.width[i] === 0 && (map.to[i] ?? 0) + unit - (map.at[i] ?? 0) === target) {
    return; // the current run already says so
  }
  append(map, unit, target, 0);
}

/** Units from `unit` until the next mark all map onto [target, target + width). */
export function markBlock(map: SpanMap, unit: number, target: number, width: number): void {
  append(map, unit, target, width);
}

function grow(map: SpanMap): void {
  const size = map.at.length * 2;
  for (const k of ['at', 'to', 'width'] as const) {
    const a = new Int32Array(size);
    a.set(map[k]);
    map[k] = a;
  }
}

/** Index of the segment holding `unit` (the last one starting at or before it). */
export function segmentOf(map: SpanMap, unit: number): number {
  const at = map.at;
  let lo = 0;
  let hi = map.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((at[mid] ?? 0) <= unit) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** First target unit `unit` maps onto. */
export function firstOf(map: SpanMap, unit: number): number {
  if (map.count === 0) return unit;
  const s = segmentOf(map, unit);
  const to = map.to[s] ?? 0;
  return map.width[s] === 0 ? to + unit - (map.at[s] ?? 0) : to;
}

/** End (exclusive) of the target range `unit` maps onto. */
export function endOf(map: SpanMap, unit: number): number {
  if (map.count === 0) return unit + 1;
  const s = segmentOf(map, unit);
  const to = map.to[s] ?? 0;
  const w = map.width[s] ?? 0;
  return w === 0 ? to + unit - (map.at[s] ?? 0) + 1 : to + w;
}

/** Fills first[u] and end[u] for every unit u < length, walking the segments once. */
export function expand(map: SpanMap, length: number, first: Int32Array, end: Int32Array): void {
  let s = 0;
  for (let u = 0; u < length; u++) {
    while (s + 1 < map.count && (map.at[s + 1] ?? 0) <= u) s++;
    if (map.count === 0) {
      first[u] = u;
      end[u] = u + 1;
      continue;
    }
    const to = map.to[s] ?? 0;
    const w = map.width[s] ?? 0;
    if (w === 0) {
      const f = to + u - (map.at[s] ?? 0);
      first[u] = f;
      end[u] = f + 1;
    } else {
      first[u] = to;
      end[u] = to + w;
    }
  }
}
