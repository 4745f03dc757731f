import { isPossiblePhoneNumber, type CountryCode } from 'libphonenumber-js';
import type { Tokens } from '../tokens';
import type { Hit } from './types';
import { DIGITISH } from '../word-info';

// A module-local copy: dev tools compile imported bindings to getters, paid per token here.
const DIGIT_START = DIGITISH;
import { PLUS_WORDS, REPEATERS, tensValue, wordDigits } from './number-words';
import { looksLikeNonPhone, type DigitRun } from './phone-guards';

// Phone numbers: runs of digit groups and digit words, checked with libphonenumber-js.
const COUNTRIES: readonly CountryCode[] = ['DE', 'FR', 'BR', 'ID', 'GB'];
// Middle dots and bullets too: "seven one eight · five five five".
const GAP_OK = /^[\s,.\-()/\u00b7\u2022|]{0,4}$/;
// Between spelled groups a dash joins too ("null sieben – neun null"); between figures it is a
// range ("0900–1200"), which the run must not swallow.
const WORD_GAP_OK = /^\s?[\u2013\u2014]\s?$/;
const spelled = (key: string): boolean => key.length > 0 && !(key.charCodeAt(0) <= 57);

function unitDigits(key: string): string | undefined {
  if (/^\d+$/.test(key)) return key;
  return wordDigits(key);
}

/** Common national shapes are decided without a library call; the rest ask libphonenumber. */
function possible(run: DigitRun): boolean {
  const key = run.plus ? `+${run.digits}` : run.digits;
  let verdict = POSSIBLE.get(key);
  if (verdict === undefined) {
    verdict = decide(run);
    if (POSSIBLE.size >= 10_000) POSSIBLE.clear();
    POSSIBLE.set(key, verdict);
  }
  return verdict;
}

// The library call is the costly part and the same numbers recur, so verdicts are memoised.
const POSSIBLE = new Map<string, boolean>();

function decide(run: DigitRun): boolean {
  const n = run.digits.length;
  if (n < 7 || n > 15) return false;
  // "+1 555-0119": a North American number written with its country code but no area code.
  if (run.plus)
    return isPossiblePhoneNumber(`+${run.digits}`) || (n === 8 && run.digits[0] === '1');
  if (n === 10 || (n === 11 && (run.digits.startsWith('0') || run.digits.startsWith('1'))))
    return true;
  return COUNTRIES.some((c) => isPossiblePhoneNumber(run.digits, c));
}

/**
 * A French number split by the tokenizer, put back together: "trente" + "neuf" is 39,
 * "soixante" + "douze" 72, "quatre" + "vingt-deux" 82, "quatre" + "vingt-dix-huit" 98.
 */
function frenchPair(tokens: Tokens, j: number, digits: string | undefined): string | undefined {
  if (digits === undefined) return undefined;
  const before = tokens.keys[j - 1] ?? '';
  const value = Number(digits);
  const tens = tensValue(before);
  if (tens > 0 && digits.length <= 2 && value > 0 && value < (tens === 60 ? 20 : 10))
    return String(tens + value);
  if (
    before === 'quatre' &&
    (tokens.keys[j] ?? '').startsWith('vingt') &&
    value >= 20 &&
    value < 40
  )
    return String(60 + value);
  return undefined;
}

/** Collects the digit run starting at token i; returns it and the next token to look at. */
function collect(text: string, tokens: Tokens, i: number, to: number): DigitRun {
  const before = text.slice(Math.max(0, (tokens.start[i] ?? 0) - 3), tokens.start[i] ?? 0);
  const run: DigitRun = {
    t0: i,
    t1: i,
    digits: '',
    groups: [],
    gaps: [],
    plus: before.includes('+'),
  };
  if (PLUS_WORDS.has(tokens.keys[i - 1] ?? '')) run.plus = true;
  let repeat = 1;
  let j = i;
  while (j < to) {
    const key = tokens.keys[j] ?? '';
    const rep = REPEATERS.get(key);
    // "six one seven - 555 - o one nine four": inside a run, a lone "o" is a zero.
    const digits = rep === undefined ? (key === 'o' && j > i ? '0' : unitDigits(key)) : '';
    if (digits === undefined) break;
    if (j > i) {
      const g = text.slice(tokens.end[j - 1] ?? 0, tokens.start[j] ?? 0);
      if (
        !GAP_OK.test(g) &&
        !(WORD_GAP_OK.test(g) && spelled(key) && spelled(tokens.keys[j - 1] ?? ''))
      )
        break;
      run.gaps.push(g);
    }
    const joined =
      j > i && run.gaps[run.gaps.length - 1] === '-' ? frenchPair(tokens, j, digits) : undefined;
    if (joined !== undefined) {
      const previous = run.groups[run.groups.length - 1] ?? '';
      run.digits = run.digits.slice(0, run.digits.length - previous.length) + joined;
      run.groups[run.groups.length - 1] = joined;
    } else if (rep !== undefined) repeat = rep;
    else {
      const d = repeat > 1 && digits.length === 1 ? digits.repeat(repeat) : digits;
      repeat = 1;
      run.digits += d;
      run.groups.push(d);
    }
    j++;
    run.t1 = j;
  }
  // "555-0176, 7 days a week": one or two digits after a comma, closing the run, are a count
  // of their own.
  const last = run.groups.length - 1;
  const lastKey = tokens.keys[run.t1 - 1] ?? '';
  if (
    last > 0 &&
    // The gap before the last token ("double" and other repeaters add gaps but no group).
    run.gaps[run.gaps.length - 1]?.includes(',') &&
    lastKey.length <= 2 &&
    /^[0-9]+$/.test(lastKey) &&
    run.groups[last] === lastKey
  ) {
    run.digits = run.digits.slice(0, run.digits.length - lastKey.length);
    run.groups.pop();
    run.gaps.pop();
    run.t1--;
  }
  return run;
}

/** `flags` are the tokens' word flags; only DIGITISH tokens can start a number. */
export function findPhones(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  out: Hit[],
  flags: ArrayLike<number>,
): void {
  for (let i = from; i < to; i++) {
    if (((flags[i] ?? 0) & DIGIT_START) === 0) continue;
    // A run is DIGITISH tokens in a row, and no token stands for more digits than it has
    // characters: a lone token shorter than seven ("2 days", "one of") cannot be a phone number.
    const alone = i + 1 >= to || ((flags[i + 1] ?? 0) & DIGIT_START) === 0;
    if (alone && (tokens.keys[i] ?? '').length < 7) continue;
    const run = collect(text, tokens, i, to);
    if (run.t1 <= i) continue;
    if (run.digits.length >= 7 && !looksLikeNonPhone(text, tokens, run) && possible(run)) {
      const head = tokens.start[i] ?? 0;
      const plusAt = run.plus ? text.lastIndexOf('+', head) : -1;
      const spelledPlus = PLUS_WORDS.has(tokens.keys[i - 1] ?? '')
        ? (tokens.start[i - 1] ?? head)
        : head;
      const paren = text.charCodeAt(head - 1) === 40 ? head - 1 : head;
      const s = plusAt >= 0 && head - plusAt <= 3 ? plusAt : Math.min(spelledPlus, paren);
      out.push({ concept: 'PHONE', s, e: tokens.end[run.t1 - 1] ?? 0 });
    }
    i = run.t1 - 1;
  }
}
