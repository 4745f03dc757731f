// A growable UTF-16 buffer where each unit remembers the original range it came from.

export interface Buffer {
  codes: Uint16Array;
  start: Int32Array;
  end: Int32Array;
  length: number;
}

export function newBuffer(capacity: number): Buffer {
  const c = Math.max(16, capacity);
  return { codes: new Uint16Array(c), start: new Int32Array(c), end: new Int32Array(c), length: 0 };
}

export function push(buf: Buffer, code: number, from: number, to: number): void {
  if (buf.length === buf.codes.length) grow(buf);
  const i = buf.length++;
  buf.codes[i] = code;
  buf.start[i] = from;
  buf.end[i] = to;
}

export function ensureCapacity(buf: Buffer, size: number): void {
  while (buf.codes.length < size) grow(buf);
}

function grow(buf: Buffer): void {
  const size = buf.codes.length + (buf.codes.length >> 1) + 16;
  const codes = new Uint16Array(size);
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  codes.set(buf.codes);
  start.set(buf.start);
  end.set(buf.end);
  buf.codes = codes;
  buf.start = start;
  buf.end = end;
}

const decoder = new TextDecoder('utf-16le');

export function bufferToString(buf: Buffer): string {
  return decoder.decode(buf.codes.subarray(0, buf.length));
}
