// npm run --silent scan -- [--jsonl] [--contract-active] [--workers N] [FILE|-]
import { createScanner } from '../detector/index';
import { formatFinding } from './format-finding';
import { openInput, readAll } from './read-lines';
import { scanJsonStream } from './jsonl-stream';
import { prime } from './prime';

async function main(argv: readonly string[]): Promise<number> {
  const jsonl = argv.includes('--jsonl');
  const contractActive = argv.includes('--contract-active');
  const w = argv.indexOf('--workers');
  const workers = w >= 0 ? Number(argv[w + 1]) : undefined;
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    process.stderr.write('error: --workers takes a whole number (0: scan on one thread)\n');
    return 2;
  }
  const file = argv.find((a, i) => !a.startsWith('--') && (w < 0 || i !== w + 1));
  const input = openInput(file);
  if (!input) return 2;
  const scanner = createScanner({});
  if (jsonl) {
    prime(scanner);
    await scanJsonStream(scanner, input, process.stdout, { contractActive, workers });
    return 0;
  }
  const text = await readAll(input);
  const result = scanner.scan(text, { contractActive });
  if (!result.flagged) {
    process.stdout.write('clean: no findings\n');
    return 0;
  }
  process.stdout.write(`flagged: ${result.categories.join(', ')}\n\n`);
  for (const f of result.findings) process.stdout.write(`${formatFinding(text, f)}\n\n`);
  return 0;
}

// A reader that stops early (`| head`) closes the pipe: that ends the run, quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
