import { readFileSync } from 'node:fs';
import { createScanner } from '../src/detector/index';
const src = readFileSync('../shared/corpus/messages.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text)
  .join('\n');
let text = '';
while (text.length < 1_000_000) text += src;
const sc = createScanner({});
for (let i = 0; i < 15; i++) sc.scan(text);
