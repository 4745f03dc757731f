import { afterArticle, fuzzyWord } from './fuzzy';
import { CONFUSABLES } from './normalize/char-tables';
import { deleet, hasLetterAndLeet } from './leet';
import { type HeadEntry, type Phrase, type PhraseIndex, prefixKey } from './lexicon/compile';
import { AT_WORDS } from './structures/email';
import { REPEATERS, wordDigits } from './structures/number-words';

// Everything the engine asks about a word, answered by one look-up per distinct word:
// its other readings, whether it (or a reading) can start a phrase, and whether it can be
// part of a phone number or a spelled address. Words repeat (Zipf), so answers are memoised.
export const STARTS = 1;
export const DIGITISH = 2;
export const AT_WORD = 4;
/** Every phrase the word starts needs a particular second word (no one-word or prefix phrase). */
export const PAIRS_ONLY = 8;
/** The word, or a reading of it, is such a second word somewhere in the index. */
export const SECOND = 16;

/** A reading of the word that starts phrases: exactly, or through a prefix ("pay*"). */
export interface Head {
  key: string;
  entry: HeadEntry | undefined;
  prefix: readonly Phrase[] | undefined;
}

export interface WordInfo {
  /** Other readings: shorthand ("u"), leet folded ("p4yp4l"), a near-miss typo ("whatsap"). */
  alts: readonly string[];
  /** The word, then its readings, in that order, where they start a phrase. */
  heads: readonly Head[];
  flags: number;
  /** A number no other word's info has (never 0): phrase answers are memoised by it. */
  id: number;
  /**
   * How many words from this one decide the best phrase here (its longest phrase, when at
   * most three words), so the answer can be memoised by those words' ids; 0 when longer.
   */
  span: number;
}

let lastId = 0;

/** The longest phrase any of `heads` starts, in words. */
function longestPhrase(heads: readonly Head[]): number {
  let most = 0;
  const see = (list: readonly Phrase[] | undefined): void => {
    for (const p of list ?? []) most = Math.max(most, p.words.length);
  };
  for (const h of heads) {
    see(h.prefix);
    if (!h.entry) continue;
    see(h.entry.single);
    see(h.entry.other);
    for (const list of h.entry.bySecond.values()) see(list);
  }
  return most;
}

const NONE: readonly string[] = [];

// Chat shorthand read as the word it stands for.
const SHORTHAND = new Map<string, readonly string[]>([
  ['u', ['you']],
  ['ur', ['your']],
  ['urs', ['yours']],
  ['r', ['are']],
  ['b4', ['before']],
  ['pls', ['please']],
  ['plz', ['please']],
  ['msg', ['message']],
  ['nmbr', ['number']],
  ['num', ['number']],
  ['no', ['number']],
  ['ph', ['phone']],
  ['mob', ['mobile']],
  ['thru', ['through']],
  ['tho', ['though']],
  ['bc', ['because']],
  ['ppl', ['people']],
  ['dm', ['message']],
  ['coz', ['because']],
  ['ya', ['you']],
  ['yr', ['your']],
  ['w/o', ['without']],
  ['w', ['with']],
  ['deets', ['details']],
  ['hrs', ['hours']],
]);

/**
 * A word written wholly in Cyrillic or Greek look-alikes of Latin letters ("Ѕкуре"), read as
 * the Latin word it imitates. Words with a Latin letter are folded by the normaliser already;
 * this reading only matters where the imitated word starts a phrase, so real Russian or
 * Greek words (which imitate nothing in the lexicon) are left as they are.
 */
function lookAlikeReading(key: string): string | undefined {
  let latin = '';
  for (const ch of key) {
    const c = ch.charCodeAt(0);
    if (c < 0x0370 || c > 0x052f) return undefined;
    const look = CONFUSABLES[c];
    if (look === undefined) return undefined;
    latin += look;
  }
  return latin;
}

const NON_LATIN = /^[\u0370-\u052f]+$/;

/** "z*lle", "p*yp*l": each vowel in place of the asterisks, the one that makes a word wins. */
const MASKED_VOWELS = ['a', 'e', 'i', 'o', 'u', 'y'];
const unmasked = (key: string): string[] => MASKED_VOWELS.map((v) => key.replaceAll('*', v));

function alternatesOf(key: string): readonly string[] {
  if (key.includes('*')) return unmasked(key);
  const short = SHORTHAND.get(key);
  if (short) return short;
  const latin = NON_LATIN.test(key) ? lookAlikeReading(key) : undefined;
  if (latin !== undefined) return [latin];
  if (!hasLetterAndLeet(key)) {
    const near = fuzzyWord(key) ?? afterArticle(key);
    return near === undefined ? NONE : [near];
  }
  const [a, b] = deleet(key);
  return a === b ? [a] : [a, b];
}

function headsOf(index: PhraseIndex, readings: readonly string[]): Head[] {
  const heads: Head[] = [];
  for (const key of readings) {
    const entry = index.exact.get(key);
    const prefix = key.length >= 3 ? index.prefix.get(prefixKey(key)) : undefined;
    if (entry || prefix) heads.push({ key, entry, prefix });
  }
  return heads;
}

const pairsOnly = (h: Head): boolean =>
  h.prefix === undefined &&
  h.entry !== undefined &&
  h.entry.single.length === 0 &&
  h.entry.other.length === 0;

function infoOf(index: PhraseIndex, seconds: ReadonlySet<string>, key: string): WordInfo {
  const alts = alternatesOf(key);
  const heads = headsOf(index, [key, ...alts]);
  let flags = heads.length > 0 ? STARTS : 0;
  if (heads.length > 0 && heads.every(pairsOnly)) flags |= PAIRS_ONLY;
  if (seconds.has(key) || alts.some((a) => seconds.has(a))) flags |= SECOND;
  const c = key.charCodeAt(0);
  if ((c >= 48 && c <= 57) || wordDigits(key) !== undefined || REPEATERS.has(key))
    flags |= DIGITISH;
  if (AT_WORDS.has(key)) flags |= AT_WORD;
  const longest = heads.length > 0 ? longestPhrase(heads) : 0;
  const span = longest === 1 ? 2 : longest <= 3 ? longest : 0;
  return { alts, heads, flags, id: ++lastId, span };
}

const MEMO_LIMIT = 50_000;

export type WordTable = (key: string) => WordInfo;

export function wordTable(index: PhraseIndex): WordTable {
  const memo = new Map<string, WordInfo>();
  const seconds = new Set<string>();
  for (const entry of index.exact.values()) for (const w of entry.bySecond.keys()) seconds.add(w);
  return (key) => {
    let info = memo.get(key);
    if (info === undefined) {
      info = infoOf(index, seconds, key);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, info);
    }
    return info;
  };
}
