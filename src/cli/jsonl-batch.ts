import type { Scanner } from '../detector/index';
import { scanJsonLine } from './jsonl';

// Line handling for the --jsonl stream, shared by the main thread and the scan workers.
// Lines end at "\n", "\r\n" or a lone "\r" (as Node's readline reads them); a last line
// without an ending still counts, an ending at the very end adds no empty line.
const LINE_BREAK = /\r\n|\r|\n/;

/** A block for a scan worker, and its answer. */
export interface BlockTask {
  id: number;
  block: string;
  contractActive: boolean;
}
export interface BlockDone {
  id: number;
  out: string;
}
/** Sent once by a worker, when it has warmed up and can take blocks. */
export const READY = 'ready';

/** The output lines (each ending in "\n") for a block of whole input lines. */
export function scanJsonBlock(scanner: Scanner, block: string, contractActive: boolean): string {
  // Most exports end lines with "\n" alone: a plain split, the pattern only if a "\r" is there.
  const lines = block.split(block.includes('\r') ? LINE_BREAK : '\n');
  if (lines[lines.length - 1] === '') lines.pop(); // the block ends with a line break
  let out = '';
  for (const line of lines) out += `${scanJsonLine(scanner, line, contractActive)}\n`;
  return out;
}

/**
 * Index just past the last complete line of `data`, raw bytes (0 when there is none yet).
 * Bytes, not text: a line break byte never occurs inside a UTF-8 sequence, so the text before
 * it decodes whole, and a byte search is native and fast where a string search is not.
 */
export function completeLinesEnd(data: Buffer): number {
  let end = data.length;
  // A "\r" at the very end may be the first half of a "\r\n" still to come.
  if (data[end - 1] === 13) end--;
  if (end === 0) return 0;
  return Math.max(data.lastIndexOf(10, end - 1), data.lastIndexOf(13, end - 1)) + 1;
}

/** Cuts a block of whole lines into pieces of about `size` characters, at line ends. */
export function* piecesOf(block: string, size: number): Generator<string> {
  let from = 0;
  while (from < block.length) {
    if (block.length - from <= size) {
      yield block.slice(from);
      return;
    }
    let cut = block.indexOf('\n', from + size);
    if (cut < 0) cut = block.length - 1;
    yield block.slice(from, cut + 1);
    from = cut + 1;
  }
}
