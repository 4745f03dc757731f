import { readFileSync } from 'node:fs';

// The labelled corpus and its deterministic dev/holdout split (~25% holdout by id hash),
// shared by the eval CLI and the corpus regression test.
export interface CorpusRecord {
  id: string;
  text: string;
  risky: boolean;
  categories: string[];
  lang: string;
  tags: string[];
}

export type Split = 'dev' | 'holdout' | 'all';

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function splitOf(id: string): 'dev' | 'holdout' {
  return fnv1a(id) % 4 === 0 ? 'holdout' : 'dev';
}

export function loadCorpus(file: string, split: Split = 'all'): CorpusRecord[] {
  const out: CorpusRecord[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim().length === 0) continue;
    const r = JSON.parse(line) as CorpusRecord;
    if (split === 'all' || splitOf(r.id) === split) out.push(r);
  }
  return out;
}
