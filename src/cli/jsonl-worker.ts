// A scan worker for the --jsonl stream: receives blocks of whole lines, answers with their
// output lines. One scanner per worker, reused for every block.
import { parentPort } from 'node:worker_threads';
import { createScanner } from '../detector/index';
import { scanJsonBlock } from './jsonl-batch';

export interface BlockTask {
  id: number;
  block: string;
  contractActive: boolean;
}
export interface BlockDone {
  id: number;
  out: string;
}

const scanner = createScanner({});
parentPort?.on('message', (task: BlockTask) => {
  const done: BlockDone = {
    id: task.id,
    out: scanJsonBlock(scanner, task.block, task.contractActive),
  };
  parentPort?.postMessage(done);
});
