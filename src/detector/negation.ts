import type { Occurrence } from './match-phrases';
import type { Sentence } from './sentences';
import type { Tokens } from './tokens';

// A refusal negates what follows it in the same clause ("I can't accept payment outside
// Upwork"); Hindi/Urdu "nahi" negates what precedes it ("direct UPI nahi").
const SCOPE = 8;
const SCOPE_AFTER = 6;
/** A list of refused things reaches on past the last one: "won't pay through X or any other way outside Upwork". */
const CHAIN = 4;
const CLAUSE_WORDS = new Set([
  'but',
  'pero',
  'mas',
  'mais',
  'aber',
  'но',
  'tapi',
  'lekin',
  'magar',
  'so',
  'because',
  'however',
  'though',
  'sino',
  'unless',
  'except',
  'menos', // "a menos que"
  'sauf', // "sauf si"
  'sei', // "es sei denn"
  'kecuali',
]);
const CLAUSE_MARKS = /[,;:—–()!?"]|\s-\s/; // " - " typed for a dash

/** The text between token t and the next one (to the text's end after the last). */
const gapAfter = (text: string, tokens: Tokens, t: number): string =>
  text.slice(tokens.end[t] ?? 0, tokens.start[t + 1] ?? text.length);

/** A clause mark, or (with `words`) a clause word, between token `from` and token `to`. */
function breakBetween(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  words = true,
): boolean {
  for (let t = from; t < to; t++) {
    if (words && t > from && CLAUSE_WORDS.has(tokens.keys[t] ?? '')) return true;
    if (t + 1 <= to && CLAUSE_MARKS.test(gapAfter(text, tokens, t))) return true;
  }
  return false;
}

const SENTENCE_END = /[.\u2026]/;

/** Words tagged on after a refusal: "eu não faço não, tá?", "aku ga bisa ya." */
const TAGS = new Set([
  'nao',
  'no',
  'non',
  'ya',
  'yaa',
  'ta',
  'ok',
  'okay',
  'sorry',
  'kak',
  'bhai',
  'yaar',
  'ji',
]);

const closing = (gap: string): boolean => CLAUSE_MARKS.test(gap) || SENTENCE_END.test(gap);

/** A clause mark, a sentence end or the end of the text right after the occurrence (and a tag). */
function closesClause(text: string, tokens: Tokens, o: Occurrence): boolean {
  let last = o.t1 - 1;
  if (
    last + 1 < tokens.count &&
    TAGS.has(tokens.keys[last + 1] ?? '') &&
    !closing(gapAfter(text, tokens, last))
  )
    last++;
  return last + 1 >= tokens.count || closing(gapAfter(text, tokens, last));
}

/** Token t comes right after a comma. */
const commaBefore = (text: string, tokens: Tokens, t: number): boolean =>
  t > 0 && /^\s*,\s*$/.test(gapAfter(text, tokens, t - 1));

/** "le paiement en dehors du site, c'est non pour moi": the refusal opens its clause after a comma. */
const afterComma = (text: string, tokens: Tokens, o: Occurrence): boolean =>
  commaBefore(text, tokens, o.t0);

// "don't share your phone number, personal email or any messaging app handle": a refused
// channel or way of paying carries its refusal on through a list of its own kind, commas and all.
const LISTABLE = new Set(['CHANNEL', 'CHANNEL_WEAK', 'RAIL', 'RAIL_WEAK']);
function listsOn(text: string, tokens: Tokens, last: Occurrence, o: Occurrence): boolean {
  if (!LISTABLE.has(o.concept) || o.t0 < last.t1 || o.t0 - last.t1 > 2) return false;
  for (let t = last.t1 - 1; t < o.t0; t++) {
    if (t >= last.t1 && CLAUSE_WORDS.has(tokens.keys[t] ?? '')) return false;
    if (!/^[\s,]*$/.test(gapAfter(text, tokens, t))) return false;
  }
  return true;
}

/**
 * "refuse PayPal, Stripe, Cash App or crypto wallet payments outside the platform": what the
 * last item of a refused list runs straight into is refused with it.
 */
const LIST_ENDS = new Set(['OFFPLATFORM', 'OUTSIDE', 'ELSEWHERE']);
const endsList = (text: string, tokens: Tokens, last: Occurrence, o: Occurrence): boolean =>
  LIST_ENDS.has(o.concept) && o.t0 === last.t1 && /^\s+$/.test(gapAfter(text, tokens, last.t1 - 1));

const HANDED = new Set(['EMAIL', 'PHONE', 'MSGLINK', 'PAYLINK']);

/** A refusal that ends on an item of a list: "no phone numbers", "no emails". */
const NAMES_ITEM = /(?:numbers?|e-?mails?)$/;
export function applyNegation(text: string, tokens: Tokens, occ: Occurrence[]): void {
  if (!occ.some((o) => o.concept === 'NEG' || o.concept === 'NEG_AFTER')) return;
  const inOrder = occ.length > 1 ? [...occ].sort((a, b) => a.t0 - b.t0) : occ;
  for (const neg of occ) {
    if (neg.concept !== 'NEG' && neg.concept !== 'NEG_AFTER') continue;
    let reach = neg.t1 + SCOPE;
    // "cobrar por fuera de Upwork no puedo.", "pagamento por fora eu não aceito, não": a
    // refusal of two words or more that closes its clause refuses what came before it too.
    const back =
      neg.concept === 'NEG_AFTER' || (neg.t1 - neg.t0 >= 2 && closesClause(text, tokens, neg));
    // "no phone numbers, emails or Skype IDs": a refusal naming the first item starts the list.
    let listed: Occurrence | undefined = NAMES_ITEM.test(text.slice(neg.s, neg.e))
      ? neg
      : undefined;
    for (const o of inOrder) {
      if (o === neg || o.concept === 'NEG' || o.concept === 'NEG_AFTER') continue;
      // "I'm definitely not going to tell you it's jen.k@mail.example": an address or number
      // written out is given, whatever is said around it.
      if (HANDED.has(o.concept)) continue;
      if (neg.concept === 'NEG' && o.t0 >= neg.t1) {
        if (o.t0 >= reach) continue;
        if (
          !breakBetween(text, tokens, neg.t1 - 1, o.t0) ||
          (listed !== undefined &&
            (listsOn(text, tokens, listed, o) || endsList(text, tokens, listed, o)))
        ) {
          o.negated = true;
          reach = Math.max(reach, o.t1 + CHAIN);
          if (LISTABLE.has(o.concept)) listed = o;
        }
      } else if (back) {
        if (o.t1 > neg.t0 || neg.t0 - o.t1 >= SCOPE_AFTER) continue;
        // "…, no quiero." and "Thanks for sending your Skype ID, but I'll decline.": the comma
        // before a refusal closing its clause closes what it refuses ("…, but I'll decline the
        // call if you're busy" refuses something else).
        const to =
          (neg.concept === 'NEG' ||
            (tokens.keys[neg.t0] === 'but' && closesClause(text, tokens, neg))) &&
          afterComma(text, tokens, neg)
            ? neg.t0 - 1
            : neg.t0;
        if (!breakBetween(text, tokens, o.t1 - 1, to)) o.negated = true;
      }
    }
  }
}

// "No need to send it separately, add it with the Bonus button": "no need" before a way out
// in its clause turns that way down. Before the platform itself it says the opposite ("no need
// to go through Upwork"), which derive.ts pairs; so a platform word between stops it.
const TURNED_DOWN_BY_NO_NEED = new Set([
  'ELSEWHERE',
  'OUTSIDE',
  'DIRECT',
  'SIDE_DEAL',
  'ONPLATFORM_ONLY', // "no need to go through the contract": staying, turned down
  'CONTACT_ACT', // "no need for my phone number, the Upwork call runs fine"
  'CHANNEL',
  'CHANNEL_WEAK',
  'RAIL', // "no hace falta transferencia, lo cubre el hito": the transfer turned down
  'RAIL_ASK', // "you don't need to Venmo me for the extra minutes"
  'RAIL_WEAK',
  'BANKDATA', // "no need to send my bank details anywhere, the platform has them"
]);
const NO_NEED_SCOPE = 5;
// ...or where it stays: "no need to stay on Upwork", "não precisa ser aqui mesmo no Upwork".
const THROUGH =
  /\b(?:through|thru|via|stay|staying|keep|keeping|aqui|aca|ici|hier|pelo|pela|lewat|melalui)\b|(?:^|\s)через\b/;
/** What "no need" pairs with (derive.ts): the platform, or the contract. */
const PAIRED_WITH_NO_NEED = new Set(['PLATNOUN', 'CONTRACTWORD']);
export function applyNoNeed(text: string, tokens: Tokens, occ: Occurrence[]): void {
  for (const need of occ) {
    if (need.concept !== 'NONEED' || need.negated) continue;
    let turnedDown = false;
    // Only punctuation ends the clause here: "não precisa mais da plataforma" ("mais" is no
    // French "but" there).
    const inClause = (p: Occurrence): boolean =>
      p.t0 >= need.t1 && !breakBetween(text, tokens, need.t1 - 1, p.t0, false);
    for (const o of occ) {
      if (!TURNED_DOWN_BY_NO_NEED.has(o.concept) || o.t0 < need.t1) continue;
      if (o.t0 - need.t1 > NO_NEED_SCOPE || breakBetween(text, tokens, need.t1 - 1, o.t0)) continue;
      if (occ.some((p) => p.concept === 'PLATNOUN' && p.t0 >= need.t1 && p.t1 <= o.t0)) continue;
      // Only the platform as the way money goes ("no need to go through the contract"), not one
      // of its tools ("no need to open a dispute").
      if (o.concept === 'ONPLATFORM_ONLY' && !THROUGH.test(text.slice(o.s, o.e))) continue;
      o.negated = true;
      turnedDown = true;
    }
    // What it turned down is what it speaks of: it pairs with no platform word after that; nor
    // does it past the end of its clause ("no need to send a separate invoice, Upwork makes one").
    if (turnedDown || !occ.some((p) => PAIRED_WITH_NO_NEED.has(p.concept) && inClause(p)))
      need.concept = 'NEUTRAL';
  }
}

// "I sent it through Upwork, not PayPal", "por Upwork, no por PayPal": a way to pay or talk set
// against the platform named just before it, after a comma and "not", is the one turned down
// ("via PayPal, not Upwork" turns the platform down, and asks).
const SET_AGAINST = new Set(['not', 'no', 'nao', 'pas', 'nicht', 'не', 'bukan']);
const WAY_WORDS = new Set([
  'via',
  'through',
  'thru',
  'on',
  'by',
  'with',
  'over',
  'in',
  'por',
  'pelo',
  'pela',
  'par',
  'uber',
  'через',
  'lewat',
]);
export function setAgainstPlatform(text: string, tokens: Tokens, occ: Occurrence[]): void {
  for (const o of occ) {
    if (!LISTABLE.has(o.concept) || o.negated) continue;
    let not = o.t0 - 1;
    if (WAY_WORDS.has(tokens.keys[not] ?? '')) not--;
    if (!SET_AGAINST.has(tokens.keys[not] ?? '') || !commaBefore(text, tokens, not)) continue;
    const named = occ.some(
      (p) =>
        p.concept === 'PLATNOUN' &&
        !p.negated &&
        p.t1 <= not &&
        !breakBetween(text, tokens, p.t1 - 1, not - 1),
    );
    if (named) o.negated = true;
  }
}

// A bare "no" is read as avoiding ("no fees", "no middleman") unless it refuses a way to pay or
// talk on its own: "No PayPal, no crypto." before it at the head of its clause, or closing its
// clause after it in Spanish, Portuguese and French ("…pero fuera de la plataforma no.",
// "por PayPal no, por Upwork sí"). Not a question ("…por fuera, no?") nor an alternative
// ("PayPal or no"), nor a number ("whatsapp no.").
const BARE_NO = new Set(['no', 'nao', 'non']);
const ALTERNATIVE = new Set(['or', 'o', 'ou', 'oder', 'y', 'e', 'et', 'yes', 'si', 'sim', 'oui']);
const NUMBERED = new Set(['CHANNEL', 'CHANNEL_WEAK', 'CONTACT_ASK', 'CONTACT_ACT']);
const AFTER_REFUSED = new Set(['please', 'pls', 'plz', 'or', 'and', 'nor', 'sorry', 'thanks']);
const FIRST_OF_CLAUSE = /^\s*[,;:(]\s*$/;
export function bareNo(text: string, tokens: Tokens, occ: Occurrence[], sentence: Sentence): void {
  const first = sentence.t0;
  // At the head of the sentence, or of the next item of such a list; not Portuguese "no" ("in
  // the"): "por fora, no Pix", "No Pix fica mais barato".
  let listing = false;
  for (const o of occ) {
    if (o.concept !== 'AVOID' || o.t1 - o.t0 !== 1 || tokens.keys[o.t0] !== 'no') continue;
    if (o.t0 !== first && !(listing && FIRST_OF_CLAUSE.test(gapAfter(text, tokens, o.t0 - 1))))
      continue;
    if (occ.some((p) => p.t0 === o.t0 && p !== o)) continue; // "no fees": paired already
    const way = occ.find(
      (p) => p.t0 === o.t1 && (LISTABLE.has(p.concept) || p.concept === 'RAIL_ASK'),
    );
    if (way === undefined) continue;
    const gap = gapAfter(text, tokens, way.t1 - 1);
    if (way.t1 < tokens.count && !closing(gap) && !AFTER_REFUSED.has(tokens.keys[way.t1] ?? ''))
      continue;
    o.concept = 'NEG';
    listing = true;
  }
  for (let t = first + 1; t < sentence.t1; t++) {
    if (!BARE_NO.has(tokens.keys[t] ?? '')) continue;
    const gap = gapAfter(text, tokens, t);
    if (/\?/.test(gap) || !(t + 1 >= tokens.count || closing(gap))) continue;
    if (ALTERNATIVE.has(tokens.keys[t - 1] ?? '') || /[?,]/.test(gapAfter(text, tokens, t - 1)))
      continue;
    // "ur whatsapp no." is its number; "não precisa… não" repeats a refusal made before.
    if (occ.some((p) => p.t1 <= t && (p.concept === 'NEG' || p.concept === 'NONEED'))) continue;
    if (occ.some((p) => p.t1 === t && NUMBERED.has(p.concept))) continue;
    const at = occ.find((p) => p.t0 <= t && p.t1 > t);
    if (at !== undefined) {
      if (at.concept === 'AVOID' && at.t1 - at.t0 === 1) at.concept = 'NEG_AFTER';
      continue;
    }
    const s = tokens.start[t] ?? 0;
    const neg: Occurrence = {
      concept: 'NEG_AFTER',
      t0: t,
      t1: t + 1,
      s,
      e: tokens.end[t] ?? s,
      negated: false,
    };
    const after = occ.findIndex((p) => p.t0 > t);
    occ.splice(after < 0 ? occ.length : after, 0, neg);
  }
}
