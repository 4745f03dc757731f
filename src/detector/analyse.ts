import { compileLexicon } from './lexicon/compile';
import { BLOCKER_LEXICON } from './lexicon/blockers';
import { CONTACT_LEXICON } from './lexicon/contact';
import { INTENT_LEXICON } from './lexicon/intent';
import { PAYMENT_LEXICON } from './lexicon/payment';
import type { Concept } from './lexicon/concepts';
import { matchPhrases, type Occurrence, TokenKeys } from './match-phrases';
import { normalize, type Normalized } from './normalize/normalize';
import { isAlnumCode, splitSentences, type Sentence } from './sentences';
import { tokenize, type Tokens } from './tokens';
import { findEmails } from './structures/email';
import { findFinance } from './structures/finance';
import { findLinks } from './structures/links';
import { findPhones } from './structures/phone';
import type { Hit } from './structures/types';
import { sentenceAt, tokenAt } from './locate';
import { AT_WORD, DIGITISH, type WordInfo, wordTable } from './word-info';
import { KeyCache } from './intern';
import { NextChar } from './next-char';
import { retain } from './retain';

// Text -> per-sentence concept occurrences. Rules are judged elsewhere.
const INDEX = compileLexicon([
  ...PAYMENT_LEXICON,
  ...CONTACT_LEXICON,
  ...INTENT_LEXICON,
  ...BLOCKER_LEXICON,
]);
const WORDS = new KeyCache<WordInfo>({ value: wordTable(INDEX), flags: (info) => info.flags });

export interface Analysis {
  norm: Normalized;
  tokens: Tokens;
  sentences: Sentence[];
}

/**
 * Called with each sentence's occurrences, in order: the list is the visitor's to change or
 * keep.
 */
export type SentenceVisitor = (
  occurrences: Occurrence[],
  sentence: number,
  analysis: Analysis,
) => void;

function structureHits(norm: Normalized, keys: TokenKeys, sentences: readonly Sentence[]): Hit[] {
  const hits: Hit[] = [];
  const text = norm.text;
  const tokens = keys.tokens;
  if (text.includes('.') || text.includes(':')) findLinks(text, hits);
  if (text.includes('@') || text.includes('$') || /\d/.test(text)) findFinance(text, hits);
  const ats = new NextChar(text, '@');
  for (const s of sentences) {
    // An address needs an "@" in or just before the sentence, or an "at" word.
    const from = (tokens.start[s.t0] ?? 0) - 2;
    const to = tokens.end[s.t1 - 1] ?? 0;
    const flags = flagsIn(keys.flagsOf, s.t0, s.t1);
    if (ats.within(from, to) || (flags & AT_WORD) !== 0) findEmails(text, tokens, s.t0, s.t1, hits);
    if ((flags & DIGITISH) !== 0) findPhones(text, tokens, s.t0, s.t1, hits, keys.flagsOf);
  }
  return dropPhonesInAccounts(hits);
}

/** The digit groups of an IBAN or account number ("GB82 WEST 1234 5698 7654 32") are no phone. */
function dropPhonesInAccounts(hits: Hit[]): Hit[] {
  const accounts = hits.filter((h) => h.concept === 'BANKDATA');
  if (accounts.length === 0) return hits;
  return hits.filter(
    (h) => h.concept !== 'PHONE' || !accounts.some((a) => a.s <= h.s && h.e <= a.e),
  );
}

/** Every word flag some token in [from, to) has. */
function flagsIn(flags: Uint8Array, from: number, to: number): number {
  let all = 0;
  for (let i = from; i < to; i++) all |= flags[i] ?? 0;
  return all;
}

// Words inside an address or link ("marco@mail.example") are part of it, not prose: the
// "example" of a domain is no copy-writing sample, the "marco" of a name no milestone.
const MASKING = new Set<Concept>(['EMAIL', 'MSGLINK', 'PAYLINK']);
const dropInside = (list: Occurrence[], s: number, e: number): void =>
  retain(list, (o) => o.s < s || o.e > e);

// A copy-writing word that is a label of a dotted name ("lumenstudio.example/contact",
// "nadia.writes.copy") is part of a name, not talk about samples or copy; so is a technical
// word between two labels.
const isLabel = (o: Occurrence, text: string): boolean =>
  (o.concept === 'COPYWORK' &&
    text.charCodeAt(o.s - 1) === 46 &&
    (isAlnumCode(text.charCodeAt(o.s - 2)) || isTldStart(text.charCodeAt(o.s - 2)))) ||
  // ...or a part of a handle or a link's path ("linkedin.com/in/derek-ambrose-example").
  (o.concept === 'COPYWORK' &&
    (text.charCodeAt(o.s - 1) === 45 || text.charCodeAt(o.s - 1) === 95) &&
    inHandleOrPath(text, o.s)) ||
  // A work word inside a dotted name ("joel.qa.77", "mia.dev.studio"): a label between two,
  // or the first label of a handle ("@staging.by.hamza").
  (o.concept === 'TECH' && (isInnerLabel(o, text) || text.charCodeAt(o.s - 1) === 64));
/** A "/" or "@" earlier in the same run of non-spaces (at most 80 units back). */
function inHandleOrPath(text: string, s: number): boolean {
  for (let k = s - 1; k >= 0 && s - k <= 80; k--) {
    const c = text.charCodeAt(k);
    if (c <= 32) return false;
    if (c === 47 || c === 64) return true;
  }
  return false;
}
const isInnerLabel = (o: Occurrence, text: string): boolean =>
  text.charCodeAt(o.s - 1) === 46 &&
  isAlnumCode(text.charCodeAt(o.s - 2)) &&
  text.charCodeAt(o.e) === 46 &&
  isAlnumCode(text.charCodeAt(o.e + 1));
/** A name's ending written on its own: "the .example ending", "(.example)". */
const isTldStart = (c: number): boolean => c === 32 || c === 40 || c === 39 || c === 34;
function dropLabels(list: Occurrence[], text: string): void {
  if (list.some((o) => isLabel(o, text))) retain(list, (o) => !isLabel(o, text));
}

/**
 * Finds each sentence's concept occurrences and hands them to `visit` one sentence at a time,
 * so a long message never holds every sentence's occurrences at once (they die young, which
 * is what the garbage collector is quick at).
 */
export function analyse(original: string, visit: SentenceVisitor): Analysis {
  const norm = normalize(original);
  const tokens = tokenize(norm.text, WORDS);
  const sentences = splitSentences(norm.text, tokens);
  const analysis: Analysis = { norm, tokens, sentences };
  const keys = new TokenKeys(tokens);
  const hits = sentences.length > 0 ? structureHits(norm, keys, sentences) : [];
  // Each hit goes to the sentence it starts in, in the order the detectors found them.
  const home = hits.map((h) => sentenceAt(sentences, h.s));
  const order = hits.map((_, k) => k).sort((x, y) => (home[x] ?? 0) - (home[y] ?? 0) || x - y);
  let next = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    const list: Occurrence[] = [];
    matchPhrases(INDEX, keys, s.t0, s.t1, list);
    if (list.length > 0) dropLabels(list, norm.text);
    for (; next < order.length && home[order[next] ?? 0] === i; next++) {
      const h = hits[order[next] ?? 0] as Hit;
      if (MASKING.has(h.concept)) dropInside(list, h.s, h.e);
      const t0 = Math.min(tokenAt(tokens, h.s), Math.max(0, tokens.count - 1));
      const t1 = Math.max(t0 + 1, tokenAt(tokens, Math.max(h.s, h.e - 1)) + 1);
      list.push({ concept: h.concept, t0, t1, s: h.s, e: h.e, negated: false });
    }
    visit(list, i, analysis);
  }
  return analysis;
}
