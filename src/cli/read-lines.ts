import { createReadStream, existsSync } from 'node:fs';
import type { Readable } from 'node:stream';

/** Opens FILE, or stdin for "-" / no argument. Returns undefined (after one clear line) if missing. */
export function openInput(file: string | undefined): Readable | undefined {
  if (file === undefined || file === '-') return process.stdin;
  if (!existsSync(file)) {
    process.stderr.write(`error: no such file: ${file}\n`);
    return undefined;
  }
  return createReadStream(file); // bytes: each reader decodes as it needs
}

export async function readAll(input: Readable): Promise<string> {
  const chunks: string[] = [];
  input.setEncoding('utf8');
  for await (const chunk of input) chunks.push(String(chunk));
  return chunks.join('');
}
