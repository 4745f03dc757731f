import type { Concept } from './lexicon/concepts';
import {
  type HeadEntry,
  type Phrase,
  type PhraseIndex,
  type WordMatcher,
  wordMatches as importedWordMatches,
} from './lexicon/compile';
import type { TokenKeys } from './token-keys';
import { PAIRS_ONLY, SECOND, STARTS } from './word-info';

// Module-local copies: dev tools compile imported bindings to getters, paid per token here.
const CAN_START = STARTS;
const NEEDS_SECOND = PAIRS_ONLY;
const IS_SECOND = SECOND;
const wordMatches = importedWordMatches;

export { TokenKeys } from './token-keys';

/** One concept found in the text: token range [t0, t1) and normalised char range [s, e). */
export interface Occurrence {
  concept: Concept;
  t0: number;
  t1: number;
  s: number;
  e: number;
  /** Set by negation. Every occurrence is made with it, so all share one shape (one map). */
  negated: boolean;
}

function tokenMatches(w: WordMatcher, keys: TokenKeys, i: number): boolean {
  if (wordMatches(w, keys.key(i))) return true;
  for (const alt of keys.alts(i)) if (wordMatches(w, alt)) return true;
  return false;
}

/** Words from index `from` on match (earlier words were matched by the index look-up). */
function restMatches(phrase: Phrase, keys: TokenKeys, i: number, from: number): boolean {
  const words = phrase.words;
  if (i + words.length > keys.tokens.count) return false;
  for (let k = from; k < words.length; k++) {
    const w = words[k];
    if (!w || !tokenMatches(w, keys, i + k)) return false;
  }
  return true;
}

function longest(
  list: readonly Phrase[] | undefined,
  keys: TokenKeys,
  i: number,
  from: number,
  best: Phrase | undefined,
): Phrase | undefined {
  if (!list) return best;
  for (const phrase of list) {
    if (best && phrase.words.length <= best.words.length) return best;
    if (restMatches(phrase, keys, i, from)) return phrase;
  }
  return best;
}

function fromEntry(
  entry: HeadEntry | undefined,
  keys: TokenKeys,
  i: number,
  best: Phrase | undefined,
): Phrase | undefined {
  if (!entry) return best;
  let found = best;
  if (i + 1 < keys.tokens.count) {
    found = longest(entry.bySecond.get(keys.key(i + 1)), keys, i, 2, found);
    for (const alt of keys.alts(i + 1)) found = longest(entry.bySecond.get(alt), keys, i, 2, found);
    found = longest(entry.other, keys, i, 1, found);
  }
  return longest(entry.single, keys, i, 1, found);
}

function fromPrefix(
  list: readonly Phrase[] | undefined,
  keys: TokenKeys,
  i: number,
  key: string,
  best: Phrase | undefined,
): Phrase | undefined {
  if (!list) return best;
  for (const phrase of list) {
    if (best && phrase.words.length <= best.words.length) return best;
    const head = phrase.words[0];
    if (head && wordMatches(head, key) && restMatches(phrase, keys, i, 1)) return phrase;
  }
  return best;
}

// The best phrase at a word whose phrases are at most three words long depends only on that
// word and the next one or two: answers are memoised by the words' ids in a direct-mapped
// table of fixed size (so no input can make it grow), 0 standing for "no word" at the end.
const MEMO_BITS = 14;
const MEMO_MASK = (1 << MEMO_BITS) - 1;
/** Per slot, side by side: the word's id, the next word's, the one after's (-1: not needed), the answer. */
let memo = new Int32Array(0); // allocated on first use, like the word cache
/** Answers by number: 0 is "no phrase", n > 0 is ANSWERS[n]. */
const ANSWERS: Array<Phrase | undefined> = [undefined];
const answerIds = new Map<Phrase, number>();

function answerId(phrase: Phrase | undefined): number {
  if (phrase === undefined) return 0;
  let id = answerIds.get(phrase);
  if (id === undefined) {
    id = ANSWERS.push(phrase) - 1;
    answerIds.set(phrase, id);
  }
  return id;
}

// A word that starts a long phrase ("the", "i", "to") mostly meets a next word that leaves it
// only short ones: "the homepage" can at most be a three-word phrase. How long the longest
// phrase left can be depends on the two words alone, so it is memoised by their ids too.
/** Per slot: the word's id, the next word's id (0: none), the longest phrase left (see LONG_SPAN). */
let pairs = new Int32Array(0);
/**
 * The longest phrase the long memo keys on ("for the", "i will", "through the" start phrases
 * of up to seven words): the pair memo says LONG_SPAN + 1 for anything longer, searched afresh.
 */
const LONG_SPAN = 8;
/** Per slot: how many words (4..LONG_SPAN), their ids (unused ones 0), the answer. */
let longMemo = new Int32Array(0);
const LONG_ROW = LONG_SPAN + 2;
const LONG_BITS = 13;
const LONG_MASK = (1 << LONG_BITS) - 1;
/** The ids of the words a long look-up keys on (0 past them, or past the sentence). */
const LONG_IDS = new Int32Array(LONG_SPAN);

/**
 * The longest phrase in `list` longer than `most` that can match at token i, judged by its
 * second word when `second` (other lists are already keyed by it); else `most`.
 */
function longestOf(
  list: readonly Phrase[] | undefined,
  keys: TokenKeys,
  i: number,
  second: boolean,
  most: number,
): number {
  let best = most;
  for (const phrase of list ?? []) {
    const { length } = phrase.words;
    if (length <= best) continue;
    const w = phrase.words[1];
    if (second && w !== undefined && !tokenMatches(w, keys, i + 1)) continue;
    best = length;
  }
  return best;
}

/** The longest phrase that can start at token i given the token after it (at most LONG_SPAN + 1). */
function pairLongest(keys: TokenKeys, i: number): number {
  if (i + 1 >= keys.tokens.count) return 1; // without a next token only one-word phrases fit
  let most = 0;
  for (const head of keys.info[i]?.heads ?? []) {
    most = longestOf(head.prefix, keys, i, true, most);
    const entry = head.entry;
    if (!entry) continue;
    most = longestOf(entry.single, keys, i, false, most);
    most = longestOf(entry.bySecond.get(keys.key(i + 1)), keys, i, false, most);
    for (const alt of keys.alts(i + 1))
      most = longestOf(entry.bySecond.get(alt), keys, i, false, most);
    most = longestOf(entry.other, keys, i, true, most);
  }
  return Math.min(most, LONG_SPAN + 1);
}

function spanOfPair(keys: TokenKeys, i: number, id: number, next: number): number {
  if (pairs.length === 0) pairs = new Int32Array(3 << MEMO_BITS);
  let h = Math.imul(id, 0x9e3779b1) ^ Math.imul(next, 0x85ebca77);
  h ^= h >>> 15;
  const at = (h & MEMO_MASK) * 3;
  if (pairs[at] !== id || pairs[at + 1] !== next) {
    pairs[at] = id;
    pairs[at + 1] = next;
    pairs[at + 2] = pairLongest(keys, i);
  }
  return pairs[at + 2] ?? LONG_SPAN + 1;
}

/**
 * The best phrase at token i when it can be 4..LONG_SPAN words long: it depends on those
 * words alone (past the sentence's end, "no word", 0), so it is memoised by all their ids.
 */
function bestLong(keys: TokenKeys, i: number, span: number): Phrase | undefined {
  if (longMemo.length === 0) longMemo = new Int32Array(LONG_ROW << LONG_BITS);
  const info = keys.info;
  const count = keys.tokens.count;
  const ids = LONG_IDS; // read once, then hashed, compared and (on a miss) stored
  let h = span;
  for (let k = 0; k < LONG_SPAN; k++) {
    const id = k < span && i + k < count ? (info[i + k]?.id ?? 0) : 0;
    ids[k] = id;
    if (k < span) {
      h = Math.imul(h ^ id, 0x9e3779b1);
      h ^= h >>> 15;
    }
  }
  const at = (h & LONG_MASK) * LONG_ROW;
  let same = longMemo[at] === span;
  for (let k = 0; k < span && same; k++) same = longMemo[at + 1 + k] === ids[k];
  if (same) return ANSWERS[longMemo[at + LONG_ROW - 1] ?? 0];
  const found = search(keys, i);
  longMemo[at] = span;
  longMemo.set(ids, at + 1);
  longMemo[at + LONG_ROW - 1] = answerId(found);
  return found;
}

function bestAt(keys: TokenKeys, i: number): Phrase | undefined {
  const info = keys.info;
  const word = info[i];
  if (word === undefined) return search(keys, i);
  const count = keys.tokens.count;
  const next = i + 1 < count ? (info[i + 1]?.id ?? 0) : 0;
  let span = word.span;
  if (span === 0) {
    const longest = spanOfPair(keys, i, word.id, next);
    if (longest === 0) return undefined;
    if (longest > LONG_SPAN) return search(keys, i);
    if (longest > 3) return bestLong(keys, i, longest);
    span = longest === 1 ? 2 : longest;
  }
  const after = span < 3 ? -1 : i + 2 < count ? (info[i + 2]?.id ?? 0) : 0;
  if (memo.length === 0) memo = new Int32Array(4 << MEMO_BITS);
  let h =
    Math.imul(word.id, 0x9e3779b1) ^ Math.imul(next, 0x85ebca77) ^ Math.imul(after, 0xc2b2ae3d);
  h ^= h >>> 15;
  const at = (h & MEMO_MASK) << 2;
  if (memo[at] === word.id && memo[at + 1] === next && memo[at + 2] === after)
    return ANSWERS[memo[at + 3] ?? 0];
  const found = search(keys, i);
  memo[at] = word.id;
  memo[at + 1] = next;
  memo[at + 2] = after;
  memo[at + 3] = answerId(found);
  return found;
}

function search(keys: TokenKeys, i: number): Phrase | undefined {
  let best: Phrase | undefined;
  for (const head of keys.info[i]?.heads ?? []) {
    best = fromEntry(head.entry, keys, i, best);
    best = fromPrefix(head.prefix, keys, i, head.key, best);
  }
  return best;
}

/**
 * Longest phrase at each position wins and consumes its words ("don't mention" is not NEG).
 * The phrase heads come from the word table `keys` was built with, compiled from `_index`.
 */
export function matchPhrases(
  _index: PhraseIndex,
  keys: TokenKeys,
  from: number,
  to: number,
  out: Occurrence[],
): void {
  const tokens = keys.tokens;
  const flags = keys.flagsOf;
  // A phrase ends with its sentence ("...rather than Venmo. You can use..." holds no "venmo
  // you"): the token count is the sentence's end while its phrases are matched.
  // (No try/finally: a throw ends the scan, and the next one tokenizes afresh.)
  const count = tokens.count;
  tokens.count = Math.min(count, to);
  matchWithin(keys, from, to, flags, out);
  tokens.count = count;
}

function matchWithin(
  keys: TokenKeys,
  from: number,
  to: number,
  flags: Uint8Array,
  out: Occurrence[],
): void {
  const tokens = keys.tokens;
  let i = from;
  while (i < to) {
    const f = flags[i] ?? 0;
    // "the" starts phrases only before certain words: most of the time the next word says no.
    const possible =
      (f & CAN_START) !== 0 &&
      ((f & NEEDS_SECOND) === 0 || ((flags[i + 1] ?? 0) & IS_SECOND) !== 0);
    const phrase = possible ? bestAt(keys, i) : undefined;
    if (!phrase) {
      i++;
      continue;
    }
    const t1 = i + phrase.words.length;
    const s = tokens.start[i] ?? 0;
    const e = tokens.end[t1 - 1] ?? s;
    for (const concept of phrase.concepts) out.push({ concept, t0: i, t1, s, e, negated: false });
    i = t1;
  }
}
