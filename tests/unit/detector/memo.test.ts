import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Scanner } from '@/src/detector/scanner';

/** A scanner from freshly loaded modules: every memo starts empty. */
async function freshScanner(): Promise<Scanner> {
  vi.resetModules();
  const detector = await import('@/src/detector');
  return detector.createScanner({});
}

// The engine memoises what it learns about words, word pairs and triples across scans, for
// speed. What it answers must not depend on what it scanned before: the same messages, scanned
// in the opposite order from empty caches (so every cache holds something else when each is
// scanned), give the same results.
const FILES = [
  '../shared/corpus/messages.jsonl',
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => `bench/fresh-${n}.jsonl`),
  'bench/paraphrases.jsonl',
];

const texts = FILES.map((f) => resolve(process.cwd(), f))
  .filter((f) => existsSync(f))
  .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean))
  .map((line) => (JSON.parse(line) as { text: string }).text);

// A word that starts long phrases ("i", "the", "to") next to many different words, then the
// long phrases themselves: the pair memo must not carry a short answer over to them.
const HEADS = ['i', 'the', 'to', 'you', 'we', 'so', 'on', 'for'];
const NEXT = ['will', 'can', 'homepage', 'pay', 'send', 'move', 'continue', 'talk', 'fee'];
const PAIRS = HEADS.flatMap((h) => NEXT.map((n) => `Ok, ${h} ${n} it later.`));
const LONG = [
  'I will send you my number so we can talk on WhatsApp.',
  'To avoid the fee, pay me directly through PayPal instead of the milestone.',
  'The rest we can settle outside of here to skip their cut.',
  'So we can continue privately, here is my email: jane dot doe at gmail dot com.',
];

// Words that start phrases of up to seven words ("for the", "i will"), memoised by the ids of
// all of them: a phrase cut by the sentence's end must not be answered as the whole one.
const LONG_HEADS = [
  'I will wire you the rest tomorrow.',
  'I will wire. You the rest tomorrow, or Upwork?',
  'I will stay on Upwork for this one.',
  'I will stay. On Upwork for this one, yes.',
  'For the contact page we need a form.',
  'For the. Contact page we need a form.',
];

describe('scan results do not depend on what was scanned before', () => {
  it('gives the same findings in either order', async () => {
    expect(texts.length).toBeGreaterThan(500);
    const all = [...PAIRS, ...LONG_HEADS, ...LONG, ...texts, ...LONG_HEADS, ...LONG];
    const first = await freshScanner();
    const forward = all.map((t) => JSON.stringify(first.scan(t)));
    const second = await freshScanner();
    const backward = [...all].reverse().map((t) => JSON.stringify(second.scan(t)));
    backward.reverse();
    const differ = all.filter((_, i) => forward[i] !== backward[i]);
    expect(differ).toEqual([]);
  });
});
