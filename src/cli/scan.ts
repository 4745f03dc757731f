// npm run --silent scan -- [--jsonl] [--contract-active] [FILE|-]
import { createScanner } from '../detector/index';
import { formatFinding } from './format-finding';
import { lines, openInput, readAll } from './read-lines';
import { scanJsonLine } from './jsonl';

async function main(argv: readonly string[]): Promise<number> {
  const jsonl = argv.includes('--jsonl');
  const contractActive = argv.includes('--contract-active');
  const file = argv.find((a) => !a.startsWith('--'));
  const input = openInput(file);
  if (!input) return 2;
  const scanner = createScanner({});
  if (jsonl) {
    for await (const line of lines(input)) {
      process.stdout.write(`${scanJsonLine(scanner, line, contractActive)}\n`);
    }
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

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
