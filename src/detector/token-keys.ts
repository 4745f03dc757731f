import { fuzzyWord } from './fuzzy';
import { deleet, hasLetterAndLeet } from './leet';
import type { Tokens } from './tokens';

const NONE: readonly string[] = [];

/** Other readings of a key: leet folded ("p4yp4l") or a near-miss typo ("whatsap"). */
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
]);

// Words repeat (Zipf), so alternates are memoised across scans; the cache is bounded.
const MEMO = new Map<string, readonly string[]>();
const MEMO_LIMIT = 50_000;

function alternatesOf(key: string): readonly string[] {
  const hit = MEMO.get(key);
  if (hit !== undefined) return hit;
  const alts = computeAlternates(key);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(key, alts);
  return alts;
}

function computeAlternates(key: string): readonly string[] {
  const short = SHORTHAND.get(key);
  if (short) return short;
  if (!hasLetterAndLeet(key)) {
    const near = fuzzyWord(key);
    return near === undefined ? NONE : [near];
  }
  const [a, b] = deleet(key);
  return a === b ? [a] : [a, b];
}

/** Per-scan cache so each token's alternates are computed once. */
export class TokenKeys {
  private readonly cache: (readonly string[] | undefined)[];
  constructor(readonly tokens: Tokens) {
    this.cache = new Array<readonly string[] | undefined>(tokens.count).fill(undefined);
  }
  key(i: number): string {
    return this.tokens.keys[i] ?? '';
  }
  alts(i: number): readonly string[] {
    let v = this.cache[i];
    if (v === undefined) {
      v = alternatesOf(this.key(i));
      this.cache[i] = v;
    }
    return v;
  }
}
