import type { Concept } from './concepts';
import type { LexiconLine } from './types';

// Turns lexicon lines into an index keyed by a phrase's first word, compiled once at load.
export interface WordMatcher {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
}

export interface Phrase {
  words: readonly WordMatcher[];
  concepts: readonly Concept[];
}

/** Phrases sharing a first word, split by their second word so common heads stay cheap. */
export interface HeadEntry {
  /** One-word phrases (at most one after merging). */
  single: Phrase[];
  /** Longer phrases by an exact second word. */
  bySecond: Map<string, Phrase[]>;
  /** Longer phrases whose second word is a prefix. */
  other: Phrase[];
}

export interface PhraseIndex {
  exact: Map<string, HeadEntry>;
  /** Phrases whose first word is a prefix, keyed by the prefix's first three letters. */
  prefix: Map<number, Phrase[]>;
}

function expandOptional(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  let variants: string[][] = [[]];
  for (const w of words) {
    const optional = w.startsWith('(') && w.endsWith(')');
    const word = optional ? w.slice(1, -1) : w;
    const next = variants.map((v) => [...v, word]);
    variants = optional ? [...variants, ...next] : next;
  }
  return variants.filter((v) => v.length > 0).map((v) => v.join(' '));
}

function wordMatcher(word: string): WordMatcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of word.split('/')) {
    if (alt.endsWith('*') && alt.length > 1) prefixes.push(alt.slice(0, -1));
    else exact.add(alt);
  }
  return { exact, prefixes };
}

/** Three UTF-16 units packed into one number: a Map key with no string allocation. */
export function prefixKey(s: string): number {
  return (s.charCodeAt(0) * 65536 + s.charCodeAt(1)) * 65536 + s.charCodeAt(2);
}

function add<K>(map: Map<K, Phrase[]>, key: K, phrase: Phrase): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

function addHead(map: Map<string, HeadEntry>, head: string, phrase: Phrase): void {
  let entry = map.get(head);
  if (!entry) {
    entry = { single: [], bySecond: new Map(), other: [] };
    map.set(head, entry);
  }
  const second = phrase.words[1];
  if (!second) entry.single.push(phrase);
  else if (second.prefixes.length > 0) entry.other.push(phrase);
  else for (const w of second.exact) add(entry.bySecond, w, phrase);
}

// What the tokenizer keeps inside a token: a-z, digits, "_", letters from U+00C0 on, and
// (between two such characters) the joiners - ' $ @ &.
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f)) return false;
  return c !== 0xd7 && c !== 0xf7 && c >= 0xc0;
}
const JOINERS = new Set(['-', "'", '$', '@', '&']);

function badWord(word: string): boolean {
  if (word.length === 0) return true;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] ?? '';
    if (isWordCode(word.charCodeAt(i))) continue;
    const inside = i > 0 && i < word.length - 1;
    if (!(inside && JOINERS.has(ch))) return true;
  }
  return false;
}

/** Throws on a phrase no token sequence could ever match; the message names the entry. */
function checkPhrase(raw: string, folded: string): void {
  for (const w of folded.trim().split(/\s+/)) {
    const optional = w.startsWith('(') && w.endsWith(')');
    const word = optional ? w.slice(1, -1) : w;
    if (word.includes('(') || word.includes(')'))
      throw new Error(
        `Lexicon entry "${raw}": a "(...)" or "/" group holds a space ("${w}"); write each variant as its own phrase`,
      );
    for (const alt of word.split('/')) {
      const stem = alt.endsWith('*') && alt.length > 1 ? alt.slice(0, -1) : alt;
      if (badWord(stem))
        throw new Error(
          `Lexicon entry "${raw}": "${alt}" is empty or holds a character the tokenizer never puts in a word`,
        );
    }
  }
}

export function compileLexicon(lines: readonly LexiconLine[]): PhraseIndex {
  const merged = new Map<string, Set<Concept>>();
  for (const [concepts, phrases] of lines) {
    for (const raw of phrases.split('|')) {
      const folded = raw
        .replace(/['-]/g, '')
        .replace(/ё/g, 'е') // as the text is folded (fold-char.ts)
        .replace(/ & |\./g, ' ')
        .replace(/\s+/g, ' ');
      checkPhrase(raw, folded);
      for (const p of expandOptional(folded)) {
        const set = merged.get(p) ?? new Set<Concept>();
        for (const c of concepts) set.add(c);
        merged.set(p, set);
      }
    }
  }
  const index: PhraseIndex = { exact: new Map(), prefix: new Map() };
  for (const [text, concepts] of merged) {
    const words = text.split(' ').map(wordMatcher);
    const phrase: Phrase = { words, concepts: [...concepts] };
    const head = words[0];
    if (!head) continue;
    for (const w of head.exact) addHead(index.exact, w, phrase);
    for (const p of head.prefixes) add(index.prefix, prefixKey(p), phrase);
  }
  const byLength = (a: Phrase, b: Phrase): number => b.words.length - a.words.length;
  for (const list of index.prefix.values()) list.sort(byLength);
  for (const entry of index.exact.values()) {
    entry.other.sort(byLength);
    for (const list of entry.bySecond.values()) list.sort(byLength);
  }
  return index;
}

export function wordMatches(m: WordMatcher, key: string): boolean {
  if (m.exact.has(key)) return true;
  for (const p of m.prefixes) if (key.startsWith(p)) return true;
  return false;
}
