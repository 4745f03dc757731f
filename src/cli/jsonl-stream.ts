import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { Scanner } from '../detector/index';
import { completeLinesEnd, piecesOf, scanJsonBlock } from './jsonl-batch';
import type { BlockDone, BlockTask } from './jsonl-worker';

// The --jsonl stream: reads whole lines, scans them in blocks and writes one output line per
// input line, in input order. A long export is spread over worker threads, one per core; a
// short one (or a one-core machine) is scanned on this thread, which starts at once.
export interface StreamOptions {
  contractActive: boolean;
  /** Worker threads to use once the input is past `parallelAfter` characters (0: none). */
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

/** Worker threads that scan blocks; a block whose worker fails is scanned here instead. */
class Pool {
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ task: BlockTask; done: (out: string) => void }> = [];
  private readonly running = new Map<Worker, { task: BlockTask; done: (out: string) => void }>();
  private next = 0;
  constructor(
    size: number,
    private readonly fallback: (task: BlockTask) => string,
  ) {
    for (let k = 0; k < size; k++) this.add();
  }
  private add(): void {
    const worker = new Worker(WORKER_SCRIPT);
    worker.on('message', (message: BlockDone) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      if (job && job.task.id === message.id) job.done(message.out);
      this.idle.push(worker);
      this.pump();
    });
    const lost = (): void => {
      // A worker that cannot start or dies leaves its block to this thread: nothing is lost.
      const job = this.running.get(worker);
      this.running.delete(worker);
      const k = this.idle.indexOf(worker);
      if (k >= 0) this.idle.splice(k, 1);
      if (job) job.done(this.fallback(job.task));
      if (this.running.size === 0 && this.idle.length === 0) this.drainHere();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    this.idle.push(worker);
  }
  run(block: string, contractActive: boolean): Promise<string> {
    return new Promise((done) => {
      this.queue.push({ task: { id: this.next++, block, contractActive }, done });
      if (this.running.size === 0 && this.idle.length === 0) this.drainHere();
      else this.pump();
    });
  }
  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as { task: BlockTask; done: (out: string) => void };
      this.running.set(worker, job);
      worker.postMessage(job.task);
    }
  }
  /** No worker left: what is queued is scanned on this thread. */
  private drainHere(): void {
    for (let job = this.queue.shift(); job; job = this.queue.shift())
      job.done(this.fallback(job.task));
  }
  async close(): Promise<void> {
    const all = [...this.idle, ...this.running.keys()];
    for (const w of all) w.removeAllListeners('exit');
    await Promise.all(all.map((w) => w.terminate()));
  }
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
  const workers = options.workers ?? Math.min(availableParallelism(), 8);
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
    if (!pool && workers >= 2 && seen > parallelAfter) pool = new Pool(workers, here);
    if (!pool) {
      await flush(0);
      await write(output, scanJsonBlock(scanner, block, contractActive));
      return;
    }
    for (const piece of piecesOf(block, PIECE)) {
      pending.push(pool.run(piece, contractActive));
      await flush(workers * 3); // read ahead only so far
    }
  };
  try {
    input.setEncoding('utf8');
    let carry = '';
    for await (const chunk of input) {
      const data = carry + String(chunk);
      const end = completeLinesEnd(data);
      carry = data.slice(end);
      if (end > 0) await submit(data.slice(0, end));
    }
    if (carry.length > 0) await submit(carry);
    await flush(0);
  } finally {
    await pool?.close();
  }
}
