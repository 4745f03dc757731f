// A scan worker for the --jsonl stream: receives blocks of whole lines, answers with their
// output lines. One scanner per worker, reused for every block.
import { parentPort } from 'node:worker_threads';
import { createScanner } from '../detector/index';
import { type BlockDone, type BlockTask, READY, scanJsonBlock } from './jsonl-batch';
import { prime } from './prime';

const scanner = createScanner({});
prime(scanner); // while the main thread scans the first blocks
parentPort?.postMessage(READY);
parentPort?.on('message', (task: BlockTask) => {
  const done: BlockDone = {
    id: task.id,
    out: scanJsonBlock(scanner, task.block, task.contractActive),
  };
  parentPort?.postMessage(done);
});
