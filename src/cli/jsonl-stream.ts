import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { Scanner } from '../detector/index';
import {
  type BlockDone,
  type BlockTask,
  completeLinesEnd,
  piecesOf,
  READY,
  scanJsonBlock,
} from './jsonl-batch';

// The --jsonl stream: reads whole lines, scans them in blocks and writes one output line per
// input line, in input order. Past the first megabyte, blocks can be shared between this
// thread and worker threads (by default one per other core on four cores or more); a short
// export is scanned on this thread alone, which starts at once.
export interface StreamOptions {
  contractActive: boolean;
  /** Worker threads besides this one once the input is past `parallelAfter` characters (0: none). */
  workers?: number;
  parallelAfter?: number;
}

// Run from source (tsx) or from a bundle that keeps the worker beside this file.
const WORKER_SCRIPT = new URL(
  import.meta.url.endsWith('.ts') ? './jsonl-worker.ts' : './jsonl-worker.mjs',
  import.meta.url,
);
const PIECE = 1 << 17; // characters per block handed to a worker
const PARALLEL_AFTER = 1 << 20;
/** Blocks scanned or being scanned whose output waits for an earlier block (about 8 MB). */
const READ_AHEAD = 64;

interface Job {
  task: BlockTask;
  done: (out: string) => void;
}

/** Worker threads that scan blocks; a block whose worker fails is scanned here instead. */
class Pool {
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Job>();
  private readonly workers: Worker[] = [];
  private next = 0;
  constructor(
    size: number,
    private readonly fallback: (task: BlockTask) => string,
  ) {
    for (let k = 0; k < size; k++) this.add();
  }
  private add(): void {
    const worker = new Worker(WORKER_SCRIPT);
    // A worker takes blocks once it says it has warmed up; until then this thread scans them.
    worker.on('message', (message: BlockDone | typeof READY) => {
      if (message === READY) {
        this.idle.push(worker);
        return;
      }
      const job = this.running.get(worker);
      this.running.delete(worker);
      if (job && job.task.id === message.id) job.done(message.out);
      this.idle.push(worker);
    });
    const lost = (): void => {
      // A worker that cannot start or dies leaves its block to this thread: nothing is lost.
      const job = this.running.get(worker);
      this.running.delete(worker);
      const k = this.idle.indexOf(worker);
      if (k >= 0) this.idle.splice(k, 1);
      if (job) job.done(this.fallback(job.task));
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    this.workers.push(worker);
  }
  /** Hands the block to an idle worker; undefined when every worker is busy (or gone). */
  offer(block: string, contractActive: boolean): Promise<string> | undefined {
    const worker = this.idle.pop();
    if (!worker) return undefined;
    return new Promise((done) => {
      const task = { id: this.next++, block, contractActive };
      this.running.set(worker, { task, done });
      worker.postMessage(task);
    });
  }
  async close(): Promise<void> {
    for (const w of this.workers) w.removeAllListeners('exit');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Lets messages from workers (finished blocks) come in. */
const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Worker threads by default only with four cores or more: on two, a worker's start-up and
 * warm-up took as much as it saved on a 10 MB export (measured on the development machine).
 */
function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores >= 4 ? Math.min(cores - 1, 7) : 0;
}

function write(output: Writable, text: string): Promise<void> | undefined {
  if (text.length === 0 || output.write(text)) return undefined;
  return new Promise((resolve) => output.once('drain', resolve));
}

export async function scanJsonStream(
  scanner: Scanner,
  input: Readable,
  output: Writable,
  options: StreamOptions,
): Promise<void> {
  const { contractActive } = options;
  const workers = options.workers ?? defaultWorkers();
  const parallelAfter = options.parallelAfter ?? PARALLEL_AFTER;
  const here = (task: BlockTask): string => scanJsonBlock(scanner, task.block, task.contractActive);
  let pool: Pool | undefined;
  let seen = 0;
  const pending: Array<Promise<string> | string> = [];
  const flush = async (keep: number): Promise<void> => {
    while (pending.length > keep) {
      const out = await (pending.shift() as Promise<string> | string);
      await write(output, out);
    }
  };
  const submit = async (block: string): Promise<void> => {
    seen += block.length;
    if (!pool && workers >= 1 && seen > parallelAfter) pool = new Pool(workers, here);
    for (const piece of pool ? piecesOf(block, PIECE) : [block]) {
      // This thread scans too, whenever every worker is busy: it is warm, they start cold.
      const sent = pool?.offer(piece, contractActive);
      pending.push(sent ?? scanJsonBlock(scanner, piece, contractActive));
      if (pool && !sent) await yieldToEvents();
      await flush(pool ? READ_AHEAD : 0); // a slow block holds back only the output
    }
  };
  try {
    // The unfinished line so far, in byte chunks: only each new chunk is searched for a line
    // end, so a line of many megabytes costs no more than many short ones, and the bytes of
    // whole lines are decoded once, as one block.
    let carry: Buffer[] = [];
    const decode = (): string =>
      (carry.length === 1 ? (carry[0] as Buffer) : Buffer.concat(carry)).toString('utf8');
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      const end = completeLinesEnd(bytes);
      if (end === 0) {
        carry.push(bytes);
        continue;
      }
      carry.push(bytes.subarray(0, end));
      const block = decode();
      carry = end < bytes.length ? [bytes.subarray(end)] : [];
      await submit(block);
    }
    if (carry.length > 0) await submit(decode());
    await flush(0);
  } finally {
    await pool?.close();
  }
}
