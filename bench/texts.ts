// Dev aid shared by the bench scripts: the message texts of the labelled sets.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The texts of a JSONL file of {"text": ...} records. */
export const readTexts = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);

/** The dev corpus and the sets written for the first speed and accuracy work. */
export const TEXT_SOURCES: readonly string[] = [
  resolve(import.meta.dirname, '../../shared/corpus/messages.jsonl'),
  ...[1, 2, 3, 4].map((n) => `bench/fresh-${n}.jsonl`),
  ...['', '2', '3', '4'].map((n) => `bench/paraphrases${n}.jsonl`),
];
