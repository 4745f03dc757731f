import { analyse } from './analyse';
import type { Concept } from './lexicon/concepts';
import type { Occurrence } from './match-phrases';
import type { Sentence } from './sentences';
import { keyAt, keyIn, type Tokens } from './tokens';
import {
  COPY_ASKS,
  COPY_CONTENT,
  customerCopy,
  HEADER_CHARS,
  HEADER_WORDS,
  isDocument,
  pastedCopy,
  PLATFORM_NAME,
  platformNamed,
  titled,
  writerSpeaks,
  writersTail,
} from './customer-copy';
import { compiledOnFirstUse } from './compiled-regexp';
import { derivePairs } from './derive';
import {
  evaluateSentence,
  type Mask,
  maskOf,
  meets,
  presentInto,
  type RuleHit,
  viewOf,
  within,
} from './evaluate';
import { applyNegation, applyNoNeed, bareNo, setAgainstPlatform } from './negation';
import { isAsciiLetter, type Normalized, toOriginal } from './normalize/normalize';
import { RULE_PACK } from './rules/pack';
import { LEAVING, REFUSAL_OR_RULES } from './rules/shared';
import type { Rule } from './rules/types';
import type { Category, CompiledUserPattern, Finding, ScanResult } from './types';
import { userFindings } from './user-findings';
import { allowListFilter } from './allow-list';
import { backwardsWindows, reversed } from './backwards';
import { retain } from './retain';
import { anyWithin, forwardedQuotes, inside, MAX_QUOTE, openings, quotedRanges } from './quotes';

export const MAX_FINDINGS = 200;
const CATEGORY_ORDER: readonly Category[] = ['payment', 'contact', 'circumvention'];
const EMPTY: ScanResult = { flagged: false, categories: [], findings: [] };

// The channel or rail named in the previous sentence, and its blockers, carry over:
// "Do you use the green chat app? If so, I'll message you there."
// A channel named in technical or rule-quoting context is not carried at all.
const CARRIED = new Set<Concept>(['CHANNEL', 'RAIL']);
const CONTEXT_BLOCKERS = new Set<Concept>([
  'TECH',
  'COPYWORK',
  'DELIVERABLE',
  'WORKSYSTEM',
  'RULES',
  'CONVERSION',
  'REPORTED',
  'NEG',
  'ONPLATFORM_ONLY',
]);
const NONE: Occurrence[] = [];
function carried(previous: readonly Occurrence[]): Occurrence[] {
  if (previous.length === 0) return NONE;
  if (previous.some((o) => CONTEXT_BLOCKERS.has(o.concept))) return NONE;
  return previous.filter((o) => !o.negated && CARRIED.has(o.concept));
}

// A sentence without any concept a rule could start from (or derive) needs no evaluation.
const TRIGGERS = new Set<Concept>(
  RULE_PACK.rules
    .flatMap((r) => [...r.when.all])
    .concat(['AVOID', 'ENDVERB', 'OUTSIDE', 'INSTEAD', 'COMPARE', 'NONEED']),
);

export interface Scanner {
  scan(text: string, options?: { contractActive?: boolean }): ScanResult;
}

// Reported speech ("a client asked me to pay him on PayPal, I said no") clears the request it
// reports, told over a few sentences, but not the rest of a long text: a conversation export
// or a long paste can report one request and make another paragraphs later.
const REPORTED_REACH = 5;
/** A message opening by addressing the platform's support ("Hi Upwork Support,"). */
const TO_SUPPORT =
  /^\W*(?:hi|hello|dear|hey|to)\s+(?:the\s+)?(?:upwork\s+|fiverr\s+|freelancer(?:\.com)?\s+)?(?:support|trust\s*(?:and|&)\s*safety|help\s*desk)(?:\s+team)?\b/i;
/** A line quoting the other side's message, as mail and chat quote it ("> can you pay me…"). */
const QUOTE_LINE = /(?:^|\n)[ \t]*>/;
const QUOTED_LINE_START = /^[ \t]*>/;
const FIRST_WORD = /^\s*([\p{L}]+)/u;

/**
 * "> can you pay me on PayPal instead?\nI can't, everything goes through Upwork": the line at
 * `at` quotes the other side's message and the writer answers it below, so what the quote asks
 * is theirs. Not when the answer opens by taking it up ("> PayPal instead?\nSure, deal"), nor
 * when nothing follows the quote (an ask typed after ">" to pass as one).
 */
function quotedAndAnswered(part: string, at: number): boolean {
  const lineStart = part.lastIndexOf('\n', at - 1) + 1;
  if (!QUOTED_LINE_START.test(part.slice(lineStart, at + 1))) return false;
  let next = part.indexOf('\n', at);
  while (next >= 0) {
    const end = part.indexOf('\n', next + 1);
    const line = part.slice(next + 1, end < 0 ? part.length : end);
    if (line.trim() !== '' && !QUOTED_LINE_START.test(line)) {
      const first = FIRST_WORD.exec(line)?.[1]?.toLowerCase() ?? '';
      return !ACCEPTS.has(first);
    }
    next = end;
  }
  return false;
}

/**
 * A sentence opening on what the other side said: "You mentioned…", "Me comentaste que…",
 * "Você perguntou se…", "Kamu tanya soal…", "Du hast geschrieben…".
 */
const PARAPHRASE =
  /^\W*(?:re:\s+(?:your|tu|su|sua|ta|votre|deine?|ihre)\b|(?:re:?\s+)?(?:(?:i know )?(?:you|u) (?:mentioned|said|asked|wrote|suggested)|i know you'?d (?:prefer|rather|like)|i appreciate that|sobre lo que me (?:preguntaste|dijiste|comentaste)|i (?:get|understand|see) why you'?d want|(?:understood|i understand) that you'?d like|i know it'?s tempting to|i (?:saw|read|got) (?:the|your) (?:note|message|request|question|comment)|aap ?ne (?:\S+ ){0,6}(?:maanga|manga|pucha|poocha|puchha|kaha|likha|baat|bola)|(?:me )?(?:comentaste|dijiste|preguntaste)|voce (?:me )?(?:perguntou|disse|mencionou|comentou)|kamu (?:tanya|nanya|bilang)|du hast (?:geschrieben|gefragt|gesagt)|sie haben (?:geschrieben|gefragt|gesagt)|tu m'?as (?:demande|dit|ecrit)|vous m'?avez (?:demande|dit|ecrit)|ты (?:писал|спрашивал|предлагал)|вы (?:писали|спрашивали|предлагали)))(?![a-z0-9_\u0400-\u04ff])/;
const ANSWERS = new Set<Concept>(['ONPLATFORM_ONLY', 'RULES', 'REFUSED', 'CONVERSION']);
const answersOnPlatform = (o: Occurrence): boolean => ANSWERS.has(o.concept) && !o.negated;

/** "But" in the languages read: where a reply turns (CONCESSIONS below holds these too). */
const ANSWER_TURN = new Set(['but', 'pero', 'mas', 'mais', 'aber', 'tapi', 'lekin', 'magar', 'но']);
const GREETING =
  /^\W*(?:bhai|sir|hi|hey|hello|ok|okay|thanks|dear|hola|oi|salut|hallo|kak|mas)\b[ ,!]*/;
/**
 * "You mentioned paying on Easypaisa, but I can't take payment outside Upwork", "Aap ne … ki baat
 * ki thi, lekin main Upwork se bahar payment nahi le sakta": the other side's words passed on,
 * then turned down after "but" in the same sentence, leave nothing asked.
 */
function answeredWithin(text: string, tokens: Tokens, occ: Occurrence[], sentence: Sentence): void {
  if (occ.length === 0) return;
  const said = text.slice(sentence.s, sentence.e);
  if (
    !PARAPHRASE.test(said) &&
    !(GREETING.test(said) && PARAPHRASE.test(said.replace(GREETING, '')))
  )
    return;
  const turn = keyAt(tokens, sentence.t0 + 1, sentence.t1, ANSWER_TURN);
  if (turn < 0) return;
  const after = occ.filter((o) => o.t0 > turn);
  const answer = after.some(
    (o) =>
      answersOnPlatform(o) || ((o.concept === 'NEG' || o.concept === 'NEG_AFTER') && !o.negated),
  );
  const asksAgain = after.some(
    (o) => !o.negated && TRIGGERS.has(o.concept) && o.concept !== 'PLATNOUN',
  );
  if (answer && !asksAgain) retain(occ, (o) => o.t0 > turn);
}

/** A question passed on: "asked whether", "asked if". */
const ASKED = /^asked (?:whether|if)\b/;
/** Words after the report's verb that make a whole request of their own. */
const TOLD_WHOLE = 4;
/** How many sentences on "the contract has started" still speaks for, in its paragraph. */
const POSTCONTRACT_REACH = 3;

/** Where fenced code blocks (```) open and close in a part: [open, close, open, close…]. */
function fenceBounds(part: string): number[] {
  const bounds: number[] = [];
  for (let at = part.indexOf('```'); at >= 0; at = part.indexOf('```', at + 3)) bounds.push(at);
  if (bounds.length % 2 === 1) bounds.push(part.length);
  return bounds;
}
/** Whether `at` lies inside one of the fenced blocks. */
function inFence(bounds: readonly number[], at: number): boolean {
  for (let k = 0; k + 1 < bounds.length; k += 2)
    if (at > (bounds[k] as number) && at < (bounds[k + 1] as number)) return true;
  return false;
}

/** Whether a line break separates sentence i from the one before it. */
function startsParagraph(text: string, tokens: Tokens, sentence: Sentence): boolean {
  const from = sentence.t0 > 0 ? (tokens.end[sentence.t0 - 1] ?? 0) : 0;
  for (let c = from; c < sentence.s; c++) if (text.charCodeAt(c) === 10) return true;
  return false;
}

/** Drops the hits of sentences a reported-speech sentence of the same paragraph reaches. */
function dropReported<T extends { sentence: number }>(
  hits: T[],
  reported: readonly number[],
  paragraph: readonly number[],
  closed: ReadonlySet<number>,
  toldWholly: ReadonlySet<number>,
): T[] {
  if (reported.length === 0) return hits;
  let r = 0;
  return hits.filter(({ sentence }) => {
    while (r < reported.length && (reported[r] ?? 0) < sentence - REPORTED_REACH) r++;
    for (let k = r; k < reported.length && (reported[k] ?? 0) <= sentence + REPORTED_REACH; k++) {
      const at = reported[k] ?? 0;
      if (
        paragraph[at] === paragraph[sentence] &&
        !(at < sentence && closed.has(at)) &&
        !(at > sentence && toldWholly.has(at))
      )
        return false;
    }
    return true;
  });
}

/**
 * True when one of the sentences `marked` lies from `before` to `after` sentences from
 * `sentence` (negative: earlier), in its paragraph.
 */
function markedNear(
  marked: readonly number[],
  sentence: number,
  paragraph: readonly number[],
  before: number,
  after: number,
): boolean {
  return marked.some(
    (at) =>
      at - sentence >= before && at - sentence <= after && paragraph[at] === paragraph[sentence],
  );
}

// Said to have started, as a fact: "we started the contract last week", not "once it starts".
const STARTED_ALREADY =
  /\b(?:started|began|begun|kicked off|accepted|signed|funded|running|underway|is live|chal raha|hired|contracted|on contract|on the (?:hourly |fixed price |monthly )?contract)\b/;
const PUT_OFF = 'once|when|after|until|till|before|soon|not|yet';
const NOT_YET_STARTED = new RegExp(String.raw`\b(?:${PUT_OFF}|if)\b`);
const PUT_OFF_AFTER = new RegExp(String.raw`\b(?:${PUT_OFF})\b`);
function hasStarted(text: string, sentence: Sentence): boolean {
  const said = text.slice(sentence.s, sentence.e);
  const found = STARTED_ALREADY.exec(said);
  if (found === null) return false;
  // An "if" after it is about something else: "you're contracted now, so ring me if it breaks".
  const upTo = found.index + found[0].length;
  return !NOT_YET_STARTED.test(said.slice(0, upTo)) && !PUT_OFF_AFTER.test(said.slice(upTo));
}

/**
 * A reply opening by taking up what the other side said. Not "si" or "ja", which are also
 * Spanish "if" and Portuguese "já" once accents are gone.
 */
const ACCEPTS = new Set([
  'yes',
  'yep',
  'yeah',
  'sure',
  'ok',
  'okay',
  'deal',
  'haan',
  'ji',
  'sim',
  'oui',
  'да',
  'iya',
  'same', // "same here"
]);

/**
 * "Text me at 555-0142, once you accept the offer we'll start": a contract still to come does
 * not cover a number or address handed over now ("I'll share my email once you accept the
 * offer" puts the sharing off, and stays clear).
 */
function givenBeforeItStarts(text: string, occ: Occurrence[]): void {
  if (!occ.some((o) => STRUCTURES.has(o.concept) && !o.negated)) return;
  for (const o of occ)
    if (o.concept === 'POSTCONTRACT' && !o.negated) {
      const said = text.slice(o.s, o.e);
      if (AWAITED.test(said) && !HAPPENED.test(said)) o.concept = 'NEUTRAL';
    }
}
const AWAITED =
  /^(?:once|after|when|as soon as|the moment|cuando|en cuanto|accept the offer|contract accept|offer accept)\b/;
/** "after the contract started": that one has. */
const HAPPENED = /\b(?:started|began|begun|kicked off|was|were|had|has been)\b/;

/**
 * "No Discord before the offer, sorry!", "No WhatsApp until the contract starts": a way to talk
 * turned down by the "no" that opens its sentence.
 */
function channelTurnedDown(tokens: Tokens, occ: Occurrence[], sentence: Sentence): void {
  if (tokens.keys[sentence.t0] !== 'no') return;
  for (const o of occ) if (o.concept === 'CHANNEL' && o.t0 === sentence.t0 + 1) o.negated = true;
}

/**
 * "You mentioned paying me directly next month. I'd rather not.": a refusal of two words or
 * more that is its whole sentence turns down the sentence before it.
 */
function wholeRefusal(occ: readonly Occurrence[], sentence: Sentence): boolean {
  const o = occ.length === 1 ? occ[0] : undefined;
  return (
    o !== undefined &&
    o.concept === 'NEG' &&
    o.t1 - o.t0 >= 2 &&
    o.t0 === sentence.t0 &&
    o.t1 === sentence.t1
  );
}

/** Where the findings of one stretch of a text go: original offsets, deduplicated, kept. */
interface Collector {
  text: string;
  keep: (covered: string) => boolean;
  out: Finding[];
  seen: Set<string>;
  /** Where a brand or channel written backwards was met ("ppastahw no em dda"), as typed. */
  backwards: number[];
  /** This text is a stretch read reversed: everything in it was typed to be hidden. */
  reversedRead?: boolean;
  /** The text says it holds something encoded ("decode this"): base64 in it is read decoded. */
  encoded?: boolean;
}

// A number, address or handle standing on its own, with no word of contact or intent beside
// it, is test data, a sample or an id when it follows technical or copy-writing talk or sits
// beside an id word: "Phone field test cases:\n+1 202 555 0143 → valid", "the old one is
// (646) 555-0172". The talk reaches a few sentences on, through sentences like it; an id
// word only its own sentence.
const STRUCTURES = new Set<Concept>(['PHONE', 'EMAIL', 'HANDLE']);
const BARE_COMPANY = new Set<Concept>([
  ...STRUCTURES,
  'CHANNEL_WEAK',
  'IDWORD',
  'NEUTRAL',
  'CONTRACTWORD',
  'PLATNOUN',
  'BEFORE',
  'TECH',
  'COPYWORK',
  'DELIVERABLE',
  'NEG', // "it never gets the code": a refusal word does not make a number an address
  'THIRDPARTY', // "the owner's contact line (555-0142)": someone else's number, as data
  'DOCUMENT', // a document's name marks a message's header, and is otherwise no intent
]);
const WORK_TALK = new Set<Concept>(['TECH', 'COPYWORK', 'DELIVERABLE']);
const BANK_DATA = new Set<Concept>(['BANKDATA']);
const HANDED_OVER = new Set<Concept>(['MSGLINK', 'EMAIL', 'PHONE', 'PAYLINK']);
const DELIVERABLES = new Set<Concept>(['DELIVERABLE']);
const WORK_TALK_REACH = 4;

// The same for a payment method named with nothing but a verb of paying beside it ("paid by
// card", "payouts to your bank", "customers pay with BTC") in payment or bookkeeping work:
// an ask to pay outside says where or why (outside, directly, to skip the fee, instead of
// the milestone), and those words keep it.
const RAILS = new Set<Concept>(['RAIL', 'RAIL_WEAK']);
const BARE_RAIL_COMPANY = new Set<Concept>([...BARE_COMPANY, ...RAILS, 'PAYVERB', 'SENDVERB']);

/** An id word as typed: "ID", "ticket", but not the "I'd" whose key is "id" too. */
const isIdWord = (text: string, o: Occurrence): boolean =>
  o.concept === 'IDWORD' && !/['\u2019]/.test(text.slice(o.s, o.e));

/** "www . leahmorrow . example / contact": the reserved ending of a web address, not "for example". */
const isDomainEnding = (text: string, o: Occurrence): boolean =>
  o.concept === 'COPYWORK' &&
  o.t1 - o.t0 === 1 &&
  text.startsWith('example', o.s) &&
  o.e - o.s === 7 &&
  /\.\s{0,2}$/.test(text.slice(Math.max(0, o.s - 3), o.s));

/** A link or number after "here", or right before it with an arrow or colon between. */
const pointsAt = (text: string, here: Occurrence, x: Occurrence): boolean =>
  x.t0 >= here.t1 || (x.e <= here.s && /^\s*[←⬅<:=-]+\s*$/.test(text.slice(x.e, here.s)));

/**
 * "What's the volume?", "I'd rather take USDT": the "whats" of Brazilian chat (WhatsApp) is
 * never typed "what's", nor is an id typed "I'd".
 */
const isContraction = (text: string, o: Occurrence): boolean =>
  o.t1 - o.t0 === 1 &&
  ((o.concept === 'CHANNEL' && /^what['\u2019]s$/.test(text.slice(o.s, o.e))) ||
    (o.concept === 'IDWORD' && /^i['\u2019]d$/.test(text.slice(o.s, o.e))));

const LEET_DIGITS: Record<string, string> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
};
const PLATFORM_NAMES = /^(?:upwork|fiverr|freelancer|peopleperhour)$/;

const undisguised = (name: string): string =>
  name.replace(/[0-9]/g, (d) => LEET_DIGITS[d] ?? d).replace(/vv/g, 'w');
/** The scam made of a look-alike site: its text is the platform's name, maybe disguised. */
const siteName = (text: string, o: Occurrence): boolean =>
  PLATFORM_NAMES.test(undisguised(text.slice(o.s, o.e)));

/**
 * "verify your account at http://upw0rk-bonus.example/login": the platform's name disguised
 * (digits for letters, "vv" for "w") and joined to more of a web address is a look-alike site.
 */
function lookalikeSite(text: string, o: Occurrence): boolean {
  // "upwork-payments-verify.example": a phrase read from the name on ("Upwork payments").
  if (o.concept === 'CONTRACTWORD') {
    const name = NAME_JOINED.exec(text.slice(o.s, o.e))?.[1];
    return name !== undefined && HOST_AFTER_NAME.test(text.slice(o.s + name.length, o.e + 64));
  }
  if (o.concept !== 'PLATNOUN') return false;
  const name = text.slice(o.s, o.e);
  const next = text.charCodeAt(o.e);
  // "upwork-secure-release.example/login": the name spelled right, opening another site's name.
  if (!/[0-9]|vv/.test(name))
    return (
      PLATFORM_NAMES.test(name) && next === 45 && HOST_AFTER_NAME.test(text.slice(o.e, o.e + 64))
    );
  if (!PLATFORM_NAMES.test(undisguised(name))) return false;
  return (next === 45 || next === 46) && isAsciiLetter(text.charCodeAt(o.e + 1));
}
const NAME_JOINED = /^(upwork|fiverr|freelancer|peopleperhour)-/;
// (a dot spaced on both sides too: "upwork-payouts . example / verify", not "Upwork-Regel. Ich")
const HOST_AFTER_NAME = /^-[a-z0-9-]+(?:\.| \. )[a-z]{2,}(?![a-z0-9-])/;

// "bill hourly through Upwork instead of per milestone", "send the bonus through the contract?
// No need to open a new milestone": a milestone turned down for another way of paying through
// Upwork is no way around it.
const PAID_THROUGH_UPWORK =
  /(?<!(?:instead of|rather than|not) )\b(?:through|via) (?:the |an |a )?(?:upwork|(?:hourly |upwork )?contract)\b(?! milestones?\b)/;

const MILESTONE_TURNED_DOWN = /^(?:instead of|rather than|no need)\b.*\bmilestones?$/;
const turnsDownMilestone = (text: string, o: Occurrence): boolean =>
  (o.concept === 'ELSEWHERE' || o.concept === 'CONTRACT_END') &&
  MILESTONE_TURNED_DOWN.test(text.slice(o.s, o.e));

/** `sentences`: this sentence and the one before, each when it names the platform. */
function milestoneForAnotherUpworkWay(
  text: string,
  occ: Occurrence[],
  sentences: ReadonlyArray<Sentence | null>,
): void {
  if (!occ.some((o) => turnsDownMilestone(text, o))) return;
  if (!sentences.some((s) => s !== null && PAID_THROUGH_UPWORK.test(text.slice(s.s, s.e)))) return;
  retain(occ, (o) => !turnsDownMilestone(text, o));
}

const AMOUNT_WORDS = new Set(['percent', 'bucks', 'dollars', 'euros', 'pounds', 'usd', 'eur']);
/** "I'll knock 10% off the final milestone": an amount taken off a price, not leaving the site. */
function discounts(tokens: Tokens, occ: Occurrence[]): void {
  for (const o of occ) {
    if (o.concept !== 'OUTSIDE' || o.t1 - o.t0 !== 1 || tokens.keys[o.t0] !== 'off') continue;
    const before = tokens.keys[o.t0 - 1] ?? '';
    if (/[0-9]/.test(before) || AMOUNT_WORDS.has(before)) o.concept = 'NEUTRAL';
  }
}

// In a work document (a message that opens by naming one: "Payroll prep notes:", "Flyer text
// draft for the market:"), numbers, addresses and ways to pay are its content, written for the
// client's business or its customers, unless the writer asks for something around them.
const CONTACT_INTENT = new Set<Concept>([
  'CONTACT_ACT',
  'CONTACT_ASK',
  'RELOCATE',
  'PRECONTRACT',
  'OFFPLATFORM',
  'ELSEWHERE',
  'SECRECY',
  'FEE_AVOID',
  'CONTRACT_END',
  'DIRECT',
  'MSGLINK',
]);
const RAIL_INTENT = new Set<Concept>([
  ...LEAVING,
  'OWN',
  'PREFERENCE',
  'RAIL_ASK',
  'PAYLINK',
  'SCAM',
  'NONEED', // "Wallet: TQ7x…, no need to fund anything on Upwork"
]);
const CONTACT_DETAILS = new Set<Concept>([...STRUCTURES, 'CHANNEL', 'CHANNEL_WEAK']);
/**
 * The part opens by naming a work document: within its first words, and followed by a colon
 * ("Payroll prep notes:") or closing a first sentence that only names it ("FAQ draft for the
 * online store's payment page.", not "Draft 2 of the landing page is in the doc.").
 */
function opensDocument(
  part: string,
  occ: readonly Occurrence[],
  tokens: Tokens,
  first: Sentence,
): boolean {
  if (!occ.some((o) => isDocument(o) && o.t0 < HEADER_WORDS)) return false;
  if (part.slice(0, HEADER_CHARS).includes(':')) return true;
  // Without a colon, only a first sentence that opens with the name and says nothing else.
  return (
    occ.some((o) => isDocument(o) && o.t0 === first.t0) &&
    first.t1 - first.t0 <= HEADER_TITLE_WORDS &&
    !keyIn(tokens, first.t0, first.t1, NOT_A_TITLE)
  );
}
const HEADER_TITLE_WORDS = 14;

/** Brand and channel names, which can be dressed up to slip past filters. */
const BRANDS = new Set<Concept>(['RAIL', 'CHANNEL', 'RAIL_ASK', 'CHANNEL_WEAK']);
/** What can be dressed up to slip past filters: the brands, and "directly" ("d.i.r.e.c.t.l.y"). */
const DRESSABLE = new Set<Concept>([...BRANDS, 'DIRECT']);

// The sets above as concept masks: a sentence's concepts are gathered once and every test
// on them is a few integer operations (this runs for every sentence of a long text).
const M = {
  structures: maskOf([...STRUCTURES]),
  bankData: maskOf([...BANK_DATA]),
  bareBankData: maskOf([...BARE_COMPANY, ...BANK_DATA]),
  bareCompany: maskOf([...BARE_COMPANY]),
  bareLabelled: maskOf([...BARE_COMPANY, 'CHANNEL']),
  rails: maskOf([...RAILS]),
  bareRailCompany: maskOf([...BARE_RAIL_COMPANY]),
  // Someone else's way of paying, with words that only lean on the platform when it is named
  // ("send euros to the supplier's IBAN close to the mid-market rate", "pour vos fournisseurs
  // ... par virement SEPA depuis votre banque"). Not the writer's "quicker" or "simplest for
  // me", nor "rather than" (through Upwork).
  bareRailThird: maskOf([...BARE_RAIL_COMPANY, 'FEEWORD', 'ENDVERB', 'STARTWORD', 'CHANNEL_WEAK']),
  talk: maskOf([...WORK_TALK]),
  idWord: maskOf(['IDWORD']),
  thirdParty: maskOf(['THIRDPARTY']),
  rules: maskOf(['RULES']),
  channels: maskOf(['CHANNEL', 'CHANNEL_WEAK', 'MSGLINK']),
  channel: maskOf(['CHANNEL', 'MSGLINK']),
  platform: maskOf(['PLATNOUN']),
  siteWords: maskOf(['PLATNOUN', 'CONTRACTWORD']),
  workSystem: maskOf(['WORKSYSTEM']),
  deliverable: maskOf(['DELIVERABLE']),
  dressable: maskOf([...DRESSABLE]),
  reported: maskOf(['REPORTED']),
  document: maskOf(['DOCUMENT']),
  copyContent: maskOf([...COPY_CONTENT]),
  contactIntent: maskOf([...CONTACT_INTENT]),
  contactIntentInCopy: maskOf([...CONTACT_INTENT].filter((c) => !COPY_ASKS.has(c))),
  railIntent: maskOf([...RAIL_INTENT]),
  // In copy for a business's customers, "we accept Visa, PayPal" and "card is easiest" are the
  // business's ways of being paid.
  railIntentInCopy: maskOf([...RAIL_INTENT].filter((c) => c !== 'PREFERENCE')),
  marks: maskOf(['REPORTED', 'BACKWARDS', 'POSTCONTRACT', 'CONVERSION', 'REFUSED', 'RETRACTED']),
  triggers: maskOf([...TRIGGERS]),
  carried: maskOf([...CARRIED]),
};
const present: Mask = { lo: 0, hi: 0 };

// A number or address that nobody in its sentence (or the one before) says is theirs, typed
// plainly, with no word of contact or intent beside it: a business's details in a report or in
// copy ("Media contact: Priya Nair, press@solara.example, +1 (303) 555-0158"). The writer's own
// ("my number", "I'm on", "mi correo") or one disguised ("sam at x dot com") is not data.
const FIRST_PERSON = new Set([
  'i',
  'im',
  'ill',
  'ive',
  'me',
  'my',
  'mine',
  'mines',
  'myself',
  'mi',
  'mio',
  'mia',
  'yo',
  'meu',
  'minha',
  'eu',
  'je',
  'moi',
  'mien',
  'mienne',
  'mon',
  'ma',
  'mes',
  'ich',
  'mir',
  'mich',
  'mein',
  'meine',
  'meiner',
  'я',
  'мой',
  'моя',
  'мое',
  'мне',
  'меня',
  'saya',
  'aku',
  'ku',
  'gue',
  'mera',
  'meri',
  'mere',
  'mujhe',
  'main',
  'mai',
]);
/** Words that make a first sentence say something rather than name a document. */
const NOT_A_TITLE = new Set([
  ...FIRST_PERSON,
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'am',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'need',
  'needs',
  'want',
  'wants',
  'looks',
  'we',
  'weve',
  'well',
  'you',
  'youre',
  'your',
  'it',
  'its',
  'thats',
  'theres',
  'please',
  'pls',
  'lets',
  'let',
  'do',
  'does',
  'did',
  'dont',
]);
function ownerless(
  part: string,
  norm: Normalized,
  tokens: Tokens,
  sentences: readonly Sentence[],
  i: number,
  inCopy = false,
): boolean {
  let first = (sentences[i - 1] ?? sentences[i]) as Sentence;
  const last = sentences[i] as Sentence;
  // In customer copy a question is the customer's ("Where can I use my gift card?", "I was
  // charged twice, what should I do? Write to billing@…").
  const asked = (s: Sentence): boolean => /\?\s*$/.test(part.slice(...typedRange(norm, s)));
  if (inCopy && asked(last)) return true;
  if (inCopy && i > 0 && asked(first)) first = last;
  // Customer copy speaks as its business's "I" ("I've issued a refund to your card"): there
  // only "my" and "me" claim a detail.
  if (keyIn(tokens, first.t0, last.t1, inCopy ? OWNING : FIRST_PERSON)) return false;
  // French elides "me" and "je": "m'appeler", "j'ai".
  const [from] = typedRange(norm, first);
  const [, to] = typedRange(norm, last);
  return !(inCopy ? ELIDED_ME : ELIDED_FIRST_PERSON).test(part.slice(from, to));
}
const ELIDED_FIRST_PERSON = /(?:^|[^\p{L}])[mjMJ]['\u2019]\p{L}/u;
const ELIDED_ME = /(?:^|[^\p{L}])[mM]['\u2019]\p{L}/u;
/** The writer as subject: "I", "I've", "je", "ich". */
const SUBJECT_ONLY = new Set([
  'i',
  'im',
  'ill',
  'ive',
  'yo',
  'eu',
  'je',
  'ich',
  'я',
  'main',
  'mai',
]);
// Not French "mes" either, which copy in Spanish uses for "month" ("20 € al mes").
const OWNING = new Set([...FIRST_PERSON].filter((w) => !SUBJECT_ONLY.has(w) && w !== 'mes'));
/** Each number and address as typed is digits and separators, or one plain e-mail address. */
function plainData(part: string, norm: Normalized, occ: readonly Occurrence[]): boolean {
  return occ.every((o) => {
    if (!STRUCTURES.has(o.concept)) return true;
    if (o.concept === 'HANDLE') return false;
    const [s, e] = toOriginal(norm, o.s, o.e);
    const typed = part.slice(s, e);
    return o.concept === 'PHONE'
      ? PLAIN_PHONE.test(typed) && !SPACED_DIGITS.test(typed)
      : PLAIN_EMAIL.test(typed);
  });
}
const PLAIN_PHONE = /^(?:\+|\()?[0-9][0-9 ().-]*[0-9]$/;
/** "5 5 5 - 0 1 8 8": digits typed one by one are spaced out to slip past filters. */
const SPACED_DIGITS = /(?<![0-9])[0-9][ .-]+[0-9][ .-]+[0-9](?![0-9])/;
const PLAIN_EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
// Words naming a kind of detail rather than an app to move to: "Telefon", "e-mail", "direct
// line", typed in plain ASCII letters (a label typed otherwise is no plain label).
const LABEL =
  /^(?:phone|telephone|tel|telefon|telefono|telefone|mobile|mobil|cell|celular|movil|e-?mail|mail|correo|courriel|fax|direct line|office line|business line)$/;
/** A kind of detail typed as a plain word, with a number or address right after it. */
function isLabel(
  part: string,
  norm: Normalized,
  occ: readonly Occurrence[],
  o: Occurrence,
): boolean {
  const [s, e] = toOriginal(norm, o.s, o.e);
  const typed = part.slice(s, e);
  return (
    lettersOnly(typed.replace(/[- ]/g, '')) &&
    LABEL.test(typed.toLowerCase()) &&
    occ.some((x) => STRUCTURES.has(x.concept) && x.t0 >= o.t1 && x.t0 - o.t1 <= 2)
  );
}
const LABELS_AND_STRUCTURES = new Set<Concept>([...STRUCTURES, 'CHANNEL']);

// "sent to my Revolut", "my cashapp": the writer's own account is where the money goes,
// whatever work is talked about around it.
const MY = new Set([
  'own', // "my own Stripe invoice"
  'my',
  'mi',
  'meu',
  'minha',
  'mon',
  'ma',
  'mein',
  'meine',
  'meinen',
  'мой',
  'мою',
  'мне',
  'saya',
  'ku',
  'mera',
  'meri',
  'mere',
]);
function ownRail(occ: readonly Occurrence[], tokens: Tokens): boolean {
  return occ.some(
    (o) =>
      RAILS.has(o.concept) &&
      !o.negated &&
      // "to my PayPal": the "my" before the rail, or opening its phrase ("my/your paypal")
      (MY.has(tokens.keys[o.t0] ?? '') ||
        (o.t0 > 0 && MY.has(tokens.keys[o.t0 - 1] ?? '')) ||
        // "over Venmo to @marisol-builds": the account named right after the rail
        occ.some((h) => h.concept === 'HANDLE' && h.t0 >= o.t1 && h.t0 - o.t1 <= 1)),
  );
}

/** "just sent the money to my Wise": paying into the writer's own account, no one else's. */
function ownPayment(occ: readonly Occurrence[], tokens: Tokens): boolean {
  if (occ.some((o) => o.concept === 'THIRDPARTY') || !ownRail(occ, tokens)) return false;
  const rail = occ.find((o) => RAILS.has(o.concept) && !o.negated);
  if (rail === undefined) return false;
  // "My Cash App is $lena, send the fee there": the account itself handed over, then the verb.
  const account = occ.find((h) => h.concept === 'HANDLE' && h.t0 >= rail.t1 && h.t0 - rail.t1 <= 2);
  // The verb comes first and leads to the rail ("my PayPal got frozen ... the invoice" does not).
  return occ.some(
    (o) =>
      (o.concept === 'PAYVERB' || o.concept === 'SENDVERB') &&
      !o.negated &&
      ((o.t1 <= rail.t0 && rail.t0 - o.t1 <= 6) ||
        (account !== undefined && o.t0 >= account.t1 && o.t0 - account.t1 <= 4)),
  );
}

const RAIL_WAY = new Set(['through', 'thru', 'via', 'by', 'on', 'over', 'with']);
const FOR = new Set(['for']);
/**
 * "send the remaining $1,800 for the foundation drawings through Zelle": the work named is what
 * the money is for, between a verb of paying and the payment method it goes by.
 */
function paidForWork(occ: readonly Occurrence[], tokens: Tokens): boolean {
  const rail = occ.find(
    (o) =>
      RAILS.has(o.concept) &&
      !o.negated &&
      (RAIL_WAY.has(tokens.keys[o.t0 - 1] ?? '') || RAIL_WAY.has(tokens.keys[o.t0] ?? '')),
  );
  if (rail === undefined) return false;
  const verb = occ.find(
    (o) =>
      (o.concept === 'PAYVERB' || o.concept === 'SENDVERB') &&
      !o.negated &&
      o.t1 <= rail.t0 &&
      rail.t0 - o.t1 <= 10,
  );
  // Asked of the reader ("can you just send", "send the rest") or offered to them ("pay you").
  if (
    verb === undefined ||
    !(
      verb.t0 === 0 ||
      keyIn(tokens, verb.t0 - 3, verb.t0, YOU) ||
      keyIn(tokens, verb.t1, verb.t1 + 1, YOU)
    )
  )
    return false;
  const work = occ.filter((o) => WORK_TALK.has(o.concept));
  return (
    work.length > 0 &&
    work.every((w) => w.t0 >= verb.t1 && w.t1 <= rail.t0) &&
    keyIn(tokens, verb.t1, Math.min(...work.map((w) => w.t0)), FOR)
  );
}

// "...bring you on long-term outside the marketplace. I looked into how: ... choose 'Request
// Contract Conversion'": working together beyond the platform, with the official steps beside
// it. Naming the conversion alone ("the conversion fee is too much, let's just...") is not.
const BY_THE_BOOK =
  /request (?:a |the )?contract conversion|contract conversion request|all contracts|official route/;
/** The same said by its verb in the sentence: "Tú solicitas la conversión del contrato". */
const BY_THE_BOOK_SAID =
  /\b(?:solicit\w*|pedir|pide|pede|demande[rz]?|beantrag\w*|requests?|requesting) (?:(?:la|a|the|die|eine?) )?(?:contract )?conver/;
/** Sentences on, a step list's length, that a conversion's "after that" still follows. */
const CONVERSION_REACH = 6;
/** What a conversion, gone through the official way, makes allowed afterwards. */
const AFTER_CONVERSION = new Set([
  'payment.outside',
  'circumvention.off-platform',
  'circumvention.work-directly',
]);
// "…3. Upwork charges the conversion fee. After that we can invoice directly": paying each
// other directly once the conversion has gone through is what it is for.
const AFTERWARDS =
  /^\W*(?:\d+\.\s*)?(?:after that|afterwards|after the conversion|once it'?s converted|once converted|then|despues|luego|depois|ensuite|apres|danach|anschliessend|потом|после этого|setelah itu)\b/;

const WRITER = new Set(['me', 'us', 'mir', 'uns', 'moi', 'мне', 'нам']);
const YOU = new Set(['you', 'u']);
/**
 * A report addressed to the reader: "asked if you could", "wants you to", "m'a demandé de vous
 * transmettre", "попросил меня с вами связаться"; or handed to the writer to deliver: "asked me
 * to share our booking link", "ne bola hai ki…" (has said that…).
 */
const passedOn = (tokens: Tokens, o: Occurrence): boolean =>
  o.concept === 'REPORTED' &&
  // "someone else asked you to...": an outsider's ask told, not passed on
  !keyIn(tokens, o.t0, o.t0 + 2, OUTSIDERS) &&
  // "You asked if you could send the tip by Venmo": the reader's own ask, recalled
  !YOU.has(tokens.keys[o.t0] ?? '') &&
  !YOU.has(tokens.keys[o.t0 - 1] ?? '') &&
  (keyIn(tokens, o.t1, o.t1 + 1, YOU) ||
    (LINKING.has(tokens.keys[o.t1] ?? '') && keyIn(tokens, o.t1 + 1, o.t1 + 2, READER)) ||
    (tokens.keys[o.t1 - 2] === 'me' &&
      tokens.keys[o.t1 - 1] === 'to' &&
      DELIVER.has(tokens.keys[o.t1] ?? '')) ||
    (tokens.keys[o.t1 - 1] === 'bola' &&
      tokens.keys[o.t1] === 'hai' &&
      THAT_HI.has(tokens.keys[o.t1 + 1] ?? '')));
/** "ki", and "ke" as Urdu speakers often type it: "ne bola hai ke…". */
const THAT_HI = new Set(['ki', 'ke']);
const LINKING = new Set(['de', 'с', 'a', 'que']);
const READER = new Set(['vous', 'te', 'вами', 'тобой', 'vos', 'usted']);
const DELIVER = new Set(['share', 'pass', 'send', 'give', 'forward', 'tell', 'reach', 'contact']);
const OUTSIDERS = new Set(['someone', 'somebody', 'another', 'other']);
const ME = new Set(['me']);
/** "just send me the $60 on Venmo", "pay me on Venmo": the writer is the one to be paid. */
function payeeIsWriter(occ: readonly Occurrence[], tokens: Tokens): boolean {
  return occ.some(
    (o) =>
      (o.concept === 'PAYVERB' || o.concept === 'SENDVERB') &&
      !o.negated &&
      // "pay me", or "me" inside the verb's phrase ("send me the")
      keyIn(tokens, o.t0 + 1, o.t1 + 1, WRITER),
  );
}

/**
 * "For the Android build, let's do that one outside Upwork so we're not paying the marketplace
 * cut": leaving the platform to save its fee, whatever work is named.
 */
const leavesToSaveFee = (occ: readonly Occurrence[]): boolean =>
  occ.some((o) => o.concept === 'OFFPLATFORM' && !o.negated) &&
  occ.some((o) => o.concept === 'FEE_AVOID' && !o.negated);

/**
 * "The spreadsheet formula error is fixed; pay the bonus by bank transfer to me directly": the
 * work talk closes its own clause (a semicolon or a dash), and the ask after it is judged alone.
 */
function workClauseApart(occ: readonly Occurrence[], text: string): boolean {
  let work = -1;
  let first: Occurrence | undefined;
  for (const o of occ)
    if (WORK_TALK.has(o.concept)) work = Math.max(work, o.e);
    else if (o.concept !== 'NEUTRAL' && (first === undefined || o.s < first.s)) first = o;
  if (work < 0 || first === undefined || first.s < work || !payingVerb(first)) return false;
  // A way of paying named in it; an address is judged with the work ("send the invoice to…").
  if (occ.some((o) => STRUCTURES.has(o.concept)) || !occ.some((o) => isRail(o) && o.s > work))
    return false;
  // The clause after the break opens on the ask: "; pay the bonus", "— just send it".
  return /(?:;|\s[\u2013\u2014-]\s)\s*(?:[a-z]+\s+){0,2}$/.test(text.slice(work, first.s));
}

/**
 * "…close this out on the site and keep me on as your own guy, no platform in between, just the
 * two of us": leaving the platform to deal with each other directly, whatever work is named.
 */
const leavesToDealDirect = (occ: readonly Occurrence[], text: string): boolean =>
  occ.some(
    (o) => o.concept === 'OFFPLATFORM' && !o.negated && NAMES_PLATFORM.test(text.slice(o.s, o.e)),
  ) && occ.some((o) => o.concept === 'DIRECT' && !o.negated);
const NAMES_PLATFORM = new RegExp(`${PLATFORM_NAME.source}|site`);

/** A verb of paying or sending, not turned down. */
const payingVerb = (o: Occurrence): boolean =>
  (o.concept === 'PAYVERB' || o.concept === 'SENDVERB') && !o.negated;
/** Some occurrence that `is`, starting at most `reach` tokens after `verb` ends. */
const namedAfter = (
  occ: readonly Occurrence[],
  verb: Occurrence,
  reach: number,
  is: (o: Occurrence) => boolean,
): boolean => occ.some((o) => o.t0 >= verb.t1 && o.t0 - verb.t1 <= reach && is(o));
const isRail = (o: Occurrence): boolean => RAILS.has(o.concept) && !o.negated;

/**
 * "send it to me personally", "invoice my company directly": one phrase that both pays and
 * goes around (work named beside it, "I'll throw in the landing page", is the bait).
 */
const paidPersonally = (occ: readonly Occurrence[]): boolean =>
  occ.some(
    (o) =>
      o.concept === 'DIRECT' &&
      !o.negated &&
      occ.some((p) => p.concept === 'PAYVERB' && !p.negated && p.s === o.s && p.e === o.e),
  );

/** "a refundable $120 deposit in USDT sent to 0x4f2a...": money sent to an account given. */
const sentToAccount = (occ: readonly Occurrence[]): boolean =>
  occ.some((verb) => payingVerb(verb) && namedAfter(occ, verb, 2, (a) => a.concept === 'BANKDATA'));

const AMOUNT = /[$€£₹]\s?\d|\d\s?(?:usd|eur|gbp|dollars|euros)\b/g;
/**
 * "$600 if you pay by Zelle, or $700 through Upwork", "$40/hr if you pay me directly and $50
 * through Upwork": a price for paying by a named way (or directly) and another on the platform
 * is a discount for going around it (fees compared are not: "the Upwork fee was $45, the
 * PayPal one $3").
 */
function pricedApart(occ: readonly Occurrence[], text: string, sentence: Sentence): boolean {
  if (
    !occ.some((o) => (RAILS.has(o.concept) || o.concept === 'DIRECT') && !o.negated) ||
    !occ.some((o) => (o.concept === 'PLATNOUN' || o.concept === 'ONPLATFORM_ONLY') && !o.negated) ||
    occ.some((o) => o.concept === 'FEEWORD')
  )
    return false;
  return (text.slice(sentence.s, sentence.e).match(AMOUNT)?.length ?? 0) >= 2;
}

/**
 * "Do you pay on Upwork only or could we do Wise?", "Is it Upwork only, or can I pay via
 * PayPal?": the platform named as one side of a question whose other side is a way to pay or
 * talk outside it.
 */
const OR = new Set(['or', 'ou', 'o', 'oder', 'atau', 'или', 'ya']);
function otherWayAsked(
  text: string,
  tokens: Tokens,
  occ: readonly Occurrence[],
  sentence: Sentence,
): boolean {
  if (!text.slice(sentence.s, sentence.e).includes('?')) return false;
  for (const only of occ) {
    if (only.concept !== 'ONPLATFORM_ONLY' || only.negated) continue;
    const or = only.t1 < sentence.t1 && OR.has(tokens.keys[only.t1] ?? '') ? only.t1 : -1;
    if (or < 0) continue;
    const way = occ.find((o) => o.t0 > or && !o.negated && WAYS_OUT.has(o.concept));
    if (way !== undefined && !text.slice(only.e, way.s).includes('?')) return true;
  }
  return false;
}
const WAYS_OUT = new Set<Concept>([...RAILS, 'RAIL_ASK', 'CHANNEL', 'CHANNEL_WEAK']);

/**
 * "Pay me via PayPal for the transcript batch": paying the writer, and the way right after
 * ("pay me via", "send me the money on"); the work named after it is what the money is for.
 * So is a payment link handed over anywhere after the verb ("…for you to actually pay me the
 * first milestone through the link I built: buy.stripe…"), whatever test or build it is for.
 */
function paidToWriter(occ: readonly Occurrence[], tokens: Tokens): boolean {
  return occ.some(
    (verb) =>
      payingVerb(verb) &&
      keyIn(tokens, verb.t0 + 1, verb.t1 + 1, WRITER) &&
      (wayRightAfter(occ, verb) ||
        occ.some((link) => link.concept === 'PAYLINK' && !link.negated && link.t0 >= verb.t1)),
  );
}
/** A way of paying named within three words after `verb`, with no work talk between. */
const wayRightAfter = (occ: readonly Occurrence[], verb: Occurrence): boolean =>
  namedAfter(
    occ,
    verb,
    3,
    (rail) =>
      isRail(rail) &&
      !occ.some((w) => WORK_TALK.has(w.concept) && w.t0 >= verb.t0 && w.t1 <= rail.t0),
  );

/**
 * "Ich habe alles getestet, zahl mir den Rest per PayPal": the writer, one person, to be paid
 * ("pay me", "zahl mir"), with the way named right after and no work talk between.
 */
function payMe(occ: readonly Occurrence[], tokens: Tokens): boolean {
  return occ.some(
    (verb) =>
      verb.concept === 'PAYVERB' &&
      !verb.negated &&
      keyIn(tokens, verb.t1, verb.t1 + 1, ONE_WRITER) &&
      wayRightAfter(occ, verb),
  );
}
const ONE_WRITER = new Set(['me', 'mir', 'moi', 'мне']);

/**
 * "can u just send the last 300 on ven mo": a payment asked of the reader by a way of paying
 * named right after the verb (work talk sentences back does not make it a mention).
 */
function askedOfReader(occ: readonly Occurrence[], tokens: Tokens): boolean {
  return occ.some(
    (verb) =>
      payingVerb(verb) &&
      keyIn(tokens, verb.t0 - 3, verb.t0, YOU) &&
      namedAfter(occ, verb, 6, isRail),
  );
}

/**
 * "Can I pay your next invoice via Zelle?", "we'll pay you by Wise": the writer offering to pay
 * the reader, by a way of paying named right after (work talk sentences back does not make it a
 * mention).
 */
function offersToReader(occ: readonly Occurrence[], tokens: Tokens): boolean {
  return occ.some(
    (verb) =>
      payingVerb(verb) &&
      keyIn(tokens, verb.t1, verb.t1 + 1, PAYEE_READER) &&
      keyIn(tokens, verb.t0 - 3, verb.t0, PAYERS) &&
      namedAfter(occ, verb, 8, isRail),
  );
}
const PAYEE_READER = new Set(['you', 'your', 'u', 'ur']);
const PAYERS = new Set(['i', 'we', 'ill', 'well', 'id', 'wed']);

/** "reach me", "find me": a contact verb to the writer. */
const toWriter = (o: Occurrence, tokens: Tokens): boolean =>
  o.concept === 'CONTACT_ACT' && !o.negated && keyIn(tokens, o.t0, o.t1, WRITER);

/** "find me at t.me/quinn", "reach me at sam@x.example": a verb to the writer, then where. */
const handsOwnContact = (occ: readonly Occurrence[], tokens: Tokens): boolean =>
  occ.some(
    (act) =>
      toWriter(act, tokens) &&
      occ.some(
        (h) =>
          (h.concept === 'MSGLINK' || h.concept === 'EMAIL' || h.concept === 'PHONE') &&
          h.t0 >= act.t1 &&
          h.t0 - act.t1 <= 2,
      ),
  );

/** "reach me through that form before you send the offer": a contact verb to the writer. */
const writerAsked = (occ: readonly Occurrence[], tokens: Tokens): boolean =>
  occ.some((o) => toWriter(o, tokens));

/** A contact verb or ask and "before the contract" (or "outside this platform") in one sentence. */
function explicitAsk(occ: readonly Occurrence[]): boolean {
  let act = false;
  let before = false;
  let there = false;
  let link = false;
  for (const o of occ) {
    if (o.negated) continue;
    if (o.concept === 'CONTACT_ACT' || o.concept === 'CONTACT_ASK') act = true;
    else if (
      o.concept === 'PRECONTRACT' ||
      o.concept === 'OFFPLATFORM' ||
      o.concept === 'ELSEWHERE'
    )
      before = true;
    else if (o.concept === 'RELOCATE') there = true;
    else if (o.concept === 'MSGLINK') link = true;
  }
  // "tap wa.me/1555… and say hi, we'll do the interview there": "there" is the link.
  return act && (before || (there && link));
}
/**
 * "send the Figma docs to priyacodes at mailbox dot example before the interview": a verb of
 * sending, then an address it goes to spelled out in words to slip past filters, asks as a
 * contact verb does, whatever is sent (an address typed plainly may be for a work tool's
 * invite, "send the GitHub invite to dev.sam@mail.example").
 */
const sentToSpelledAddress = (occ: readonly Occurrence[], spelled: (o: Occurrence) => boolean) =>
  occ.some(
    (verb) =>
      verb.concept === 'SENDVERB' &&
      !verb.negated &&
      occ.some(
        (e) =>
          e.concept === 'EMAIL' &&
          !e.negated &&
          e.t0 > verb.t0 &&
          e.t0 - verb.t1 <= 10 &&
          spelled(e),
      ),
  );

// "I know the rules, but send me your number before the contract": a rule granted in the clause
// before a "but" does not clear what is asked after it. The granting clause is left out and the
// rest judged alone, so "it's against the rules to share emails, but message me here" is clean.
const CONCESSIONS = new Set([
  ...ANSWER_TURN,
  'however',
  'porem',
  'namun',
  'однако',
  // "I'm fully aware of the 24-month rule, which is exactly why I'm suggesting...": a proposal
  // made knowing the rule.
  'suggesting',
  'propose',
  'proposing',
]);
// A report, then the writer turning to a proposal of their own: "…, so let's", "…, but we can".
const TURNS = new Set([
  'so',
  'but',
  'anyway',
  'pero',
  'mas',
  'aber',
  'mais',
  'tapi',
  'lekin',
  'но',
]);
const PROPOSALS = new Set([
  'lets',
  'let',
  'we',
  'just',
  'vamos',
  'lass',
  'lasst',
  'on',
  'ayo',
  'yuk',
  'chalo',
  'давай',
  'давайте',
]);
// What leaves the platform outright, whatever work is named before it.
const LEAVES_OUTRIGHT = new Set<Concept>([
  'OFFPLATFORM',
  'CONTRACT_END',
  'FEE_AVOID',
  'SIDE_DEAL',
  'SECRECY',
]);
/**
 * "I've got another 40 hours of transcription next month but I'd want to run it outside
 * Upwork": work named before a "but" does not clear leaving the platform after it.
 */
function turnFromWork(occ: Occurrence[], tokens: Tokens, sentence: Sentence): boolean {
  let work = -1;
  for (const o of occ) if (WORK_TALK.has(o.concept)) work = Math.max(work, o.t1);
  let at = -1;
  for (let t = work; t >= 0 && t < sentence.t1 && at < 0; t++)
    if (CONCESSIONS.has(tokens.keys[t] ?? '')) at = t;
  // The writer's own proposal ("but I'd want", "but let's"), not a feature described ("but
  // it's meant for clients you found outside Upwork").
  if (at < 0 || !(PROPOSALS.has(tokens.keys[at + 1] ?? '') || WANTS.has(tokens.keys[at + 1] ?? '')))
    return false;
  if (!occ.some((o) => o.t0 > at && !o.negated && LEAVES_OUTRIGHT.has(o.concept))) return false;
  return keepWhatFollows(occ, at);
}
const WANTS = new Set(['i', 'id', 'ill', 'im', 'can', 'could', 'how', 'why']);

/**
 * "Aapne pucha tha payment kaise karoge — bhai seedha UPI kar dena", "You asked about PayPal:
 * sure, send it there": the reader's own words recalled, then the writer's answer after a dash
 * or a colon, is the writer's to judge; true if it asks something risky itself.
 */
function answerAfterRecall(
  text: string,
  occ: Occurrence[],
  tokens: Tokens,
  sentence: Sentence,
): boolean {
  const told = occ.find(
    (o) => o.concept === 'REPORTED' && !o.negated && READER_RECALLED.test(text.slice(o.s, o.e)),
  );
  if (told === undefined) return false;
  const mark = ANSWER_MARK.exec(text.slice(told.e, sentence.e));
  if (mark !== null) {
    const from = told.e + mark.index;
    let at = told.t1;
    while (at < sentence.t1 && (tokens.start[at] ?? 0) < from) at++;
    return keepWhatFollows(occ, at - 1);
  }
  // "Re: your note about the fees, agreed, … just send it to my Wise"
  const agreed = keyAt(tokens, told.t1, sentence.t1, AGREES);
  return agreed >= 0 && keepWhatFollows(occ, agreed);
}
/**
 * The reader as the one who said it: "aapne pucha", "you asked", "dijiste", "вы предлагали",
 * "your note about".
 */
const READER_RECALLED =
  /^(?:aap ?ne|(?:you|u) (?:asked|said|mentioned|wrote)|voce|(?:me )?(?:dijiste|preguntaste|comentaste)|вы|ты|kamu|your (?:note|message|question|request|comment|idea|suggestion))(?![a-z\u0400-\u04ff])/;
/** Taking it up: the words that open a reply accepting it, and "agreed" inside one. */
const AGREES = new Set([...ACCEPTS, 'agreed']);
/** A dash, an arrow or a colon between words: where the answer starts. */
const ANSWER_MARK = / [\u2014\u2013\u2192-] |: /;

/** Keeps only the proposal after a report when it asks something risky itself; true if so. */
function turnFromReport(occ: Occurrence[], tokens: Tokens, sentence: Sentence): boolean {
  let told = -1;
  for (const o of occ) if (o.concept === 'REPORTED' && !o.negated) told = Math.max(told, o.t1);
  if (told < 0) return false;
  let at = -1;
  for (let t = told; t + 1 < sentence.t1 && at < 0; t++)
    if (TURNS.has(tokens.keys[t] ?? '') && PROPOSALS.has(tokens.keys[t + 1] ?? '')) at = t;
  return at >= 0 && keepWhatFollows(occ, at);
}

/** What, said after the "but", still clears the sentence: the rules' own blockers, or a refusal. */
const GIVEN_AGAIN = new Set<Concept>([...REFUSAL_OR_RULES, 'REFUSED']);
function concede(occ: Occurrence[], tokens: Tokens, sentence: Sentence): void {
  let granted = -1;
  // Granted or denied ("I won't ask for PayPal, that's against the rules, but..."), the rule
  // named before the "but" is conceded there.
  for (const o of occ) if (o.concept === 'RULES') granted = Math.max(granted, o.t1);
  if (granted < 0) return;
  const at = keyAt(tokens, granted, sentence.t1, CONCESSIONS);
  if (at >= 0) keepWhatFollows(occ, at);
}
/**
 * Judges only what follows token `at` when it asks something risky of its own and nothing after
 * it clears it again ("but the rules say no"); true if so.
 */
function keepWhatFollows(occ: Occurrence[], at: number): boolean {
  if (occ.some((o) => o.t0 > at && GIVEN_AGAIN.has(o.concept))) return false;
  if (!occ.some((o) => o.t0 > at && !o.negated && TRIGGERS.has(o.concept))) return false;
  // A contract said to be running holds for the whole sentence ("now that the contract has
  // started you asked for my email for the Drive, here it is: …").
  retain(occ, (o) => o.t0 > at || (o.concept === 'POSTCONTRACT' && !o.negated));
  return true;
}

// "Per Upwork policy, new freelancers must pay a $40 verification fee…", "Upwork's rules
// require a security deposit; send it by Western Union": a rule quoted as the reason to pay a
// scam's fee is its pretext and clears nothing. A warning about the scam ("never send a
// verification fee", "is a scammer, so report it") turns something down or reports it.
const WARNS = new Set<Concept>(['NEG', 'NEG_AFTER', 'REFUSED', 'REPORTED', 'ONPLATFORM_ONLY']);
// A rule that itself says no ("a real client will never ask…", "Upwork nunca pide…") warns.
const RULE_SAYS_NO =
  /\b(?:never|not|no|don'?t|doesn'?t|won'?t|nunca|jam[aá]is|nicht|kein\w*|tidak|jangan|nahi?n?)\b|(?:^|\s)(?:не|никогда)(?:\s|$)/;
function rulePretext(occ: Occurrence[], text: string): void {
  let rule = -1;
  for (const o of occ) {
    if (WARNS.has(o.concept) || o.negated) return;
    if (o.concept !== 'RULES') continue;
    if (RULE_SAYS_NO.test(text.slice(o.s, o.e))) return;
    if (rule < 0) rule = o.t1;
  }
  if (rule < 0) return;
  // The scam named before the rule too: "this is Upwork support, your account is flagged,
  // contact us on WhatsApp to avoid suspension". The ask comes after both.
  const scam = occ.find((o) => o.concept === 'SCAM');
  if (scam === undefined) return;
  const from = Math.min(rule, scam.t1);
  // A look-alike of the platform's site is itself the ask ("confirm your payment method at
  // upwork-verify.example/login"), and so is an app named after the scam ("…on WhatsApp").
  const asked = occ.some(
    (o) =>
      o.t0 >= from &&
      (payingVerb(o) ||
        o.concept === 'CONTACT_ACT' ||
        (o.concept === 'CHANNEL' && o.t0 >= scam.t1) ||
        (o.concept === 'SCAM' && siteName(text, o))),
  );
  if (asked) retain(occ, (o) => o.concept !== 'RULES');
}

// "That's the number for the footer": the sentence after a detail says which piece of work it
// goes in (read with work talk in it; the hits are dropped in collect).
const PLACES_AS_COPY =
  /^(?:that'?s|this is|it'?s|those are|these are) (?:the|our|my|your) (?:number|numbers|phone|line|email|e-mail|address|addresses|contact details) (?:for|on|in|to put|that goes)\b/;
const placesAsCopy = (text: string, sentence: Sentence): boolean =>
  PLACES_AS_COPY.test(text.slice(sentence.s, sentence.e));
// "Can you approve anna.k@… instead? That's the account I'm using for this contract.": the
// sentence after an address says it is for the contract already running.
const FOR_RUNNING_CONTRACT =
  /^(?:that'?s|this is|it'?s) (?:the|my) (?:account|address|email|e-mail|one|number) (?:i'?m|i am) using for (?:this|the|our) (?:contract|project|job)\b/;
const forRunningContract = (text: string, sentence: Sentence): boolean =>
  FOR_RUNNING_CONTRACT.test(text.slice(sentence.s, sentence.e));
const PLACED_DETAILS = new Set(['contact.phone', 'contact.email']);

// "I'm not allowed to write it normally here so: keanu.voice (at) fastmail (dot) example": a
// rule named, then after a colon an address or number disguised to slip past it, is the ask.
const SAMPLED = /\b(?:like|e\.?g|for example|such as|for instance)\b/;
function dodgesRule(part: string, norm: Normalized, occ: Occurrence[]): void {
  const rule = occ.find((o) => o.concept === 'RULES');
  if (rule === undefined) return;
  const dodged = occ.some(
    (o) =>
      (o.concept === 'EMAIL' || o.concept === 'PHONE') &&
      o.t0 >= rule.t1 &&
      norm.text.slice(rule.e, o.s).includes(':') &&
      !SAMPLED.test(norm.text.slice(rule.e, o.s)) &&
      // a warning after the colon (the rule's own "no emails" comes before it)
      !occ.some(
        (w) => WARNS.has(w.concept) && w.s > norm.text.lastIndexOf(':', o.s) && w.t0 < o.t0,
      ) &&
      !plainData(part, norm, [o]),
  );
  if (dodged) retain(occ, (o) => o.concept !== 'RULES');
}

// "Our agency policy: invoices are paid by bank transfer, not through Upwork": a house policy
// that sends the money away from the platform is no rule of the platform's and clears nothing.
// Only an "instead of / not through / rather than" right before the platform says so: a rule
// quoted as "no payments outside Upwork" names the platform as the place to stay.
function housePolicy(occ: Occurrence[]): void {
  let pay = false;
  let away = false;
  for (const o of occ) {
    if (o.negated) continue;
    if (PAYING.has(o.concept)) pay = true;
    else if (o.concept === 'PLATNOUN') away ||= afterInstead(occ, o);
  }
  if (pay && away) retain(occ, (o) => o.concept !== 'RULES');
}
/** "instead of / not through / rather than" right before `p`: "rather than through Upwork". */
const afterInstead = (occ: readonly Occurrence[], p: Occurrence): boolean =>
  occ.some((x) => x.concept === 'INSTEAD' && !x.negated && x.t1 <= p.t0 && p.t0 - x.t1 <= 1);

/**
 * One regex of the alternatives. Those starting at a word boundary share one `\b` test, so
 * the many positions inside words are passed over at once: three times quicker on long text
 * than a `\b` tried per alternative, with the same matches.
 */
function boundedAlternatives(list: readonly string[]): RegExp {
  const bounded = list.filter((a) => a.startsWith(String.raw`\b`)).map((a) => a.slice(2));
  const rest = list.filter((a) => !a.startsWith(String.raw`\b`));
  return new RegExp([String.raw`\b(?:${bounded.join('|')})`, ...rest].join('|'));
}

// "We're officially kicked off", "contract #3 is live", "since you accepted the offer": the
// contract said to have started in words no phrase list holds. Not when it is still to come
// ("until the contract is signed"), nor beside "before".
const STARTED_SAID = boundedAlternatives([
  String.raw`\b(?:contract|project|engagement)(?:'s)?(?: #?\d+)? (?:has |had |was |is |got )?(?:now )?(?:officially )?(?:started|begun|began|kicked off|signed|underway)\b`,
  String.raw`\b(?:contract|engagement)(?:'s)?(?: #?\d+)? (?:is )?(?:now )?(?:live|active)\b`,
  String.raw`\b(?:contract|project|job)(?:'s| is| has) (?:now )?(?:in progress|started|begun)\b`,
  String.raw`\bwith the (?:hourly |fixed(?:-| )price )?contract (?:now )?(?:open|active|running|live)\b`,
  String.raw`\b(?:contract|project|engagement|retainer)(?:'s| is)? (?:now )?(?:up and running|accepted on (?:my|our) end)\b`,
  String.raw`\b(?:officially on ?board|on ?board as of)\b`,
  String.raw`\bcontract(?:'s| is| was| has been)? accepted\b`,
  // "accepted your offer this morning", "the retainer renewed", "now that I'm officially on the
  // project", "since the first invoice went out", "11 hours in the time log", "great kickoff"
  String.raw`\baccepted (?:your|the) (?:offer|contract)\b`,
  String.raw`\b(?:thanks?|thank you) for accepting (?:the|my|our) (?:offer|contract)\b`,
  String.raw`\b(?:retainer|contract) (?:was |has been |got )?renewed\b`,
  String.raw`\bnow that (?:i'm|i am|we're|we are|you're|you are) (?:your |officially |on the |under )`,
  // "you're officially contracted now", "now that you're hired", "we're already on the hourly
  // contract", "since you're on the team now"
  String.raw`\b(?:you're|you are|i'm|i am|we're|we are) (?:now |already )?(?:officially )?(?:contracted|hired)\b`,
  String.raw`\b(?:you're|you are|i'm|i am|we're|we are) (?:now |already |officially )*(?:on|under) (?:the |a |our |this |your )?(?:hourly |fixed(?:-| )price |monthly |weekly )?contract\b`,
  String.raw`\b(?:you're|you are) (?:now |officially )*on (?:the|our|my) team\b`,
  String.raw`\b(?:first|last) invoice (?:already )?(?:went out|has gone out|was paid|is paid)\b`,
  String.raw`\b(?:in|on) (?:the|my|your) (?:work diary|time log|timesheet)\b`,
  String.raw`\b(?:great|good|nice|productive) kick-?off (?:yesterday|today|this morning|call)\b`,
  String.raw`\b(?:premier|deuxieme) jalon (?:est |a ete )?(?:valide|approuve|paye)\b`,
  String.raw`\bprimeira fatura (?:ja )?(?:saiu|foi paga)\b`,
  String.raw`\boffer(?:'s| has been| was| is| got)? accepted\b`,
  String.raw`\bmilestone (?:has been |was |is |got )?funded\b`,
  String.raw`\bwe(?:'ve| have)? (?:officially )?(?:kicked off|signed)\b`,
  String.raw`\bwe(?:'ve| have)? started the (?:contract|project|engagement)\b`,
  String.raw`\b(?:you|i)(?:'ve| have)? (?:already |just )?(?:accepted|signed|funded|started) (?:the |your |my |our )?(?:offer|contract|first milestone|milestone)\b`,
  // "the milestone you funded yesterday"
  String.raw`\bmilestone (?:you|i|we)(?:'ve| have)? (?:just |already )?(?:funded|released|approved)\b`,
  String.raw`\b(?:days?|weeks?|months?) into the (?:contract|project|engagement)\b`,
  String.raw`\bkick(?:ing|ed)? off the (?:contract|project|engagement)\b`,
  // "the contract went active", "since the retainer started", "hourly clock started at 9"
  String.raw`\b(?:contract|engagement|retainer|hourly clock|clock)(?:'s)? (?:has |had |just |now )?(?:(?:went|gone) (?:active|live)|started|began|begun|kicked off)\b`,
  // "halfway through the contract", "day 4 of the engagement", "we're in week 2 now"
  String.raw`\b(?:halfway|midway|partway|well) (?:in)?t(?:o|hrough) (?:the |our |this )?(?:contract|project|engagement|retainer)\b`,
  String.raw`\b(?:day|week|month) (?:\d+|one|two|three|four|five|six) of (?:the |our |this |your |my )?(?:monthly |weekly |hourly |current )?(?:contract|project|engagement|retainer)\b`,
  String.raw`\bwe(?:'re| are) (?:now )?in (?:week|month) (?:\d+|two|three|four|five|six)\b`,
  // "with milestone 3 of 5 in review", "milestone 1 approved"
  String.raw`\bmilestone (?:#?\d+|one|two|three)(?: of (?:\d+|two|three|four|five))? (?:is |was |has been |now )?(?:in review|approved|released|submitted|delivered|done)\b`,
  String.raw`\b(?:post-hire|having been hired|since (?:you|i) (?:was |were )?hired)\b`,
  // The same in the other languages: "la mission a démarré", "el contrato ya está en marcha",
  // "kontraknya sudah jalan", "der Auftrag läuft", "контракт уже идёт".
  String.raw`\b(?:contrato|proyecto|projeto|contrat|mission|projet|vertrag|auftrag|projekt|kontrak(?:nya)?|proyek(?:nya)?) (?:horaire |fixe |por hora |por horas |por projeto |stundenbasiert )?(?:ya |ja |est |ist |sudah |udah |a |hat )?(?:esta )?(?:en marcha|empezo|comenzo|arranco|activo|ativo|em andamento|comecou|demarre|commence|lance|en cours|lauft|aktiv|begonnen|gestartet|jalan|berjalan|dimulai|mulai|aktif|diperpanjang)\b`,
  String.raw`(?:^|[^a-zа-яё])(?:контракт|проект|договор) (?:уже )?(?:начался|идёт|идет|запущен|стартовал|активен|подписан)`,
  // "the retainer has been running since March", "two weeks in and the audit is 40% done"
  String.raw`\b(?:contract|retainer|engagement|project)(?:'s| has| have)? been (?:running|active|live|going|underway)\b`,
  // "the offer for the second phase came through - accepted!"
  String.raw`\boffer(?: for (?:the |our )?(?:\w+ )?(?:phase|stage|project|milestone))? (?:went|came|has gone|has come|got|has been|was) (?:through|accepted)\b`,
  String.raw`\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|months) of working together\b`,
  String.raw`\bfor the (?:length|duration|rest) of (?:this|the|our) (?:retainer|contract|engagement)\b`,
  String.raw`\b(?:\d+|a|one|two|three|four|five|six) (?:days?|weeks?|months?) in(?=\s*(?:[,.;:!\u2014-]|and\b|now\b|$))`,
  String.raw`\b(?:halfway|midway|partway) through (?:the |our |this |your )?(?:\w+ )?(?:batch|audit|sprint|migration|translation|build|redesign|series|manuscript|book|edit|course|season|rollout|work|job|milestones?)\b`,
  // "three milestones down", "approved and paid through the milestone", "on this contract"
  String.raw`\b(?:\d+|one|two|three|four|five) milestones? (?:down|done|approved|paid|released|in)\b`,
  String.raw`\bpaid (?:through|via|on|from) (?:the |this |our )?milestone\b`,
  String.raw`\b(?:on|under) (?:this|our current|the current) contract\b`,
  String.raw`\bonboarding(?: is| ist| est| esta| sudah)? (?:done|complete|completed|finished|over|abgeschlossen|fertig|termine|terminee|listo|terminado|concluido|selesai)\b`,
  String.raw`\b(?:llevamos|estamos hace|estamos ha|ja estamos ha|depuis) (?:\w+ )?(?:dias|semanas|meses|jours|semaines|mois) (?:con|en|no|com|sur|dans) (?:el |la |le |o |a |este |esta |ce |cette )?(?:contrato|proyecto|projeto|contrat|mission|projet)\b`,
  String.raw`\b(?:contrato|contrat|mission|vertrag|auftrag|kontrak(?:nya)?) (?:esta |est |ist |sudah )?(?:lancee|demarree|commencee|signe|signee|conclu|activa|ativa|iniciado|iniciada|gestartet|unterschrieben)\b`,
  // "Milestone released, thanks", "thanks for approving the first milestone", "the funds for
  // milestone 4 sitting in escrow", "ya aprobé el hito 1", "die zweite Projektphase ist freigegeben"
  String.raw`\bmilestone(?: #?\d+)? (?:was |has been |got |just )?(?:released|approved|paid out)\b`,
  String.raw`\b(?:thanks?|thank you|thx) for (?:approving|releasing|funding) (?:the |my |our )?(?:first |second |last |next )?milestone\b`,
  String.raw`\b(?:funds?|money|payment) for (?:the )?milestone(?: #?\d+)?(?: is| are| sitting| now)* in escrow\b`,
  String.raw`\b(?:aprobe|aprobaste|libere|liberaste|aprovei|aprovou|liberei|liberou) (?:el |o |la |a )?(?:primer |primera |primeiro |primeira |segundo |segunda )?(?:hito|marco|etapa|milestone|entregable|entrega)\b`,
  String.raw`\b(?:hito|marco|etapa)(?: \w+)? (?:ja |ya )?(?:esta )?(?:financiado|aprobado|aprovado|liberado|pagado|pago)\b`,
  String.raw`\bmilestone(?: \d+)? (?:approve|release|fund)d? (?:ho gaya|ho gayi|ho chuka|kar diya)\b`,
  // "Contract extended through June", "I raised your weekly limit to 40 hrs",
  // "memperpanjang kontrak", "seit Sie mein Stundenlimit erhöht haben"
  String.raw`\b(?:contract|retainer|engagement) (?:was |has been |got |just )?extended\b`,
  String.raw`\bextend(?:ed|ing) (?:the|our|your|my) (?:hourly |fixed(?:-| )price |monthly |weekly )?(?:contract|retainer|engagement)\b`,
  String.raw`\bmemperpanjang kontrak\b`,
  String.raw`\b(?:raised|bumped|increased|upped|lowered|changed) (?:your|the|my) (?:weekly )?(?:hours )?(?:limit|cap)\b`,
  String.raw`\bstundenlimit\b[^.!?]{0,30}?\b(?:erhoht|geandert|angepasst)\b`,
  // "Obrigada por liberar o marco 1!", "the contract's paused while legal reviews it", "you
  // asked at kickoff", "im Arbeitstagebuch", "our recurring Thursday sync"
  String.raw`\b(?:obrigad[oa]|gracias|merci|danke) (?:por|pour|fur) (?:liberar|aprovar|financiar|aprobar|liberer|valider|approuver|freigeben) (?:o |a |el |la |le |den )?(?:primeiro |primeira |segundo |primer |premier )?(?:marco|etapa|hito|milestone|jalon|meilenstein)\b`,
  String.raw`\b(?:ja|ya) (?:comecei|comece|empece|empezamos|comecamos) (?:o |a |el |la )?(?:marco|etapa|hito)\b`,
  String.raw`\bcontract(?:'s| is| was| has been)? (?:now )?paused\b`,
  String.raw`\b(?:asked|said|agreed|mentioned|discussed) (?:at|during|in) (?:the |our )?kick-?off\b`,
  String.raw`\bsince (?:the |our )?kick-?off\b`,
  String.raw`\b(?:im|ins) arbeitstagebuch\b`,
  String.raw`\bour (?:recurring|regular|usual|standing) (?:\w+ )?(?:sync|call|check-?in|meeting|standup)\b`,
  String.raw`\bsince you started on the (?:contract|project)\b`,
  String.raw`\b(?:contract|retainer|engagement)(?:'s| is) (?:now )?running\b`,
  // "Du hast die Laufzeit bis Ende Juli verlängert", "I logged 3.5 hours today", "added you to
  // the contract as a team member", "the end date on the contract", "got your approval on the
  // wireframes"
  String.raw`\blaufzeit\b[^.!?]{0,30}\bverlangert\b`,
  String.raw`\b(?:i|we)(?:'ve| have)? logged \d+(?:[.,]\d+)? (?:hours|hrs|h)\b`,
  String.raw`\badded you to the contract\b`,
  String.raw`\bend date (?:on|of) the contract\b`,
  String.raw`\bgot your approval on (?:the )?(?:wireframes?|drafts?|designs?|mockups?|storyboard|logo|copy|chapter|cut|script)\b`,
  String.raw`\bas long as the (?:engagement|contract|retainer) (?:runs|lasts)\b`,
  String.raw`(?:^|[^a-zа-яё])этап (?:\d+ )?(?:одобрен|оплачен|принят|закрыт)`,
  String.raw`\bmilestone (?:\w+ )?(?:sudah|udah) (?:saya |aku )?(?:kirim|submit|diapprove|dirilis|dibayar)\b`,
  String.raw`\b(?:ya )?(?:envie|entregue|mande) (?:el |la )?(?:primer |segundo |tercer )?(?:entregable|hito|avance)\b`,
  String.raw`\b(?:the |our |your )(?:retainer|contract) (?:renews|rolls over) (?:on|next|this|every)\b`,
  String.raw`\b(?:projektphase|phase|meilenstein)(?: \d+)? (?:ist |wurde )?(?:freigegeben|genehmigt|bezahlt)\b`,
  // "The weekly cap on the hourly contract is 15 hrs", "the contract end date moved", "last
  // week's hours show as paid", "as agreed in the offer", "I've submitted milestone 2", "got the
  // payment for the first week via Upwork", "since I'm officially hired", "bonus sent through
  // the contract", "Ya acepté la oferta", "Primeira entrega aprovada!", "Offer accept kar liya"
  String.raw`\bweekly (?:cap|limit) on (?:the|our|this) (?:hourly )?contract\b`,
  String.raw`\bcontract(?:'s)? end date (?:moved|changed|was moved|is now)\b`,
  String.raw`\b(?:hours|invoice|payment|week) (?:show|shows|showed) as paid\b`,
  String.raw`\bas agreed in (?:the|our|your) (?:offer|contract)\b`,
  String.raw`\b(?:submitted|delivered) (?:the )?milestone (?:#?\d+|one|two|three)\b`,
  String.raw`\b(?:got|received) (?:the |your |my )?(?:first )?(?:payment|bonus)\b[^.!?]{0,30}\b(?:via|through|on|from) (?:upwork|fiverr|the platform)\b`,
  String.raw`\b(?:since|now that) (?:i'm|i am|you're|you are) (?:officially )?hired\b`,
  String.raw`\bbonus (?:sent|paid|received) (?:through|via|on) (?:the contract|upwork|the platform)\b`,
  String.raw`\b(?:ya )?(?:acepte|aceptaste|aceite|aceitei|aceitou) (?:la |a )?(?:oferta|proposta|propuesta)\b`,
  String.raw`\b(?:primeira|segunda|primera) (?:entrega|etapa|parcela) (?:foi |fue )?(?:aprovada|aprobada|liberada|paga|pagada)\b`,
  String.raw`\boffer accept (?:kar liya|kar li|ho gaya|kiya)\b`,
  String.raw`\bterima kasih sudah (?:approve|menyetujui|bayar|release) (?:milestone|termin)\b`,
  String.raw`\bgrazie per (?:aver )?(?:approvato|rilasciato|finanziato) (?:la |il )?(?:prima |seconda )?(?:milestone|tappa)\b`,
  String.raw`\b(?:erste |zweite )?zahlung (?:uber|via) upwork (?:ist )?angekommen\b`,
  String.raw`\b(?:thanks?|thank you) for approving (?:the |my |our )?(?:first |second )?(?:storyboard|draft|design|mockups?|wireframes?|logo|chapter|edit|cut|script|deliverable|sample|brief)\b`,
  // "Weekly check-in: copy for pages 1-6 is done", "Les 20 heures de cette semaine sont bien
  // enregistrées": a report of the work going on, or of hours logged for it.
  String.raw`^(?:weekly|daily|friday|monday) (?:check-?in|update|status update|status|recap)\s*:`,
  String.raw`\b\d+(?:[.,]\d+)? (?:hours|heures|horas|stunden)\b[^.!?]{0,30}? (?:are|were|sont|estan|sind|ja estao) (?:all |bien |ya |schon )?(?:logged|tracked|enregistrees|registradas|registrados|erfasst|gebucht|lancadas)\b`,
]);
/** Read on sentences of a few words: see compiled-regexp.ts. */
const STARTED = compiledOnFirstUse(STARTED_SAID);
const isStartWord = (o: Occurrence): boolean => o.concept === 'STARTWORD';
const isEncodedCue = (o: Occurrence): boolean => o.concept === 'ENCODED';
/** Words before a name that make it a thing, not a verb: "the PayPal me link", "el botón de PayPal". */
const NAMES_A_THING = new Set([
  'the',
  'a',
  'an',
  'de',
  'del',
  'da',
  'do',
  'di',
  'la',
  'el',
  'le',
  'der',
  'die',
  'das',
]);
/**
 * "PayPal me", "I'll Zelle you": a payment method used as a verb is asked, whatever work is
 * named beside it.
 */
const railAsked = (o: Occurrence, tokens: Tokens): boolean =>
  o.concept === 'RAIL_ASK' && !o.negated && !NAMES_A_THING.has(tokens.keys[o.t0 - 1] ?? '');
const mayStart = (o: Occurrence): boolean =>
  o.concept === 'STARTWORD' || o.concept === 'CONTRACTWORD' || o.concept === 'PLATNOUN';
const STILL_TO_COME =
  /(?:^|[^a-z\u0430-\u044f])(?:until|till|before|once|when|if|unless|after|sobald|wenn|bis|nachdem|cuando|hasta que|antes de que|quand|des que|lorsque|avant que|quando|assim que|ate que|antes que|setelah|kalau|jika|begitu|sebelum|когда|как только|пока|до того как)\s+(?:the |our |your |this |my |we |you |i |we're |we are |i'm |you're |der |die |das |el |la |le |o |a |il |lo |mon |ma |notre |votre |unser |dein |ihr |nuestro |tu |seu |nosso |наш |ваш |твой )?(?:new |next |hourly |official |neuer |nuevo |novo |nouveau )?$/;
const blocksStart = (o: Occurrence): boolean =>
  o.concept === 'BEFORE' || o.concept === 'PRECONTRACT';
/** Where in the sentence it says the contract has started (not that it is still to come). */
/** Said not to have happened: "I haven't accepted the offer yet", "we never kicked off". */
const NOT_YET =
  /(?:^|[^a-z])(?:not|never|no|yet to|[a-z]+n'?t)\s+(?:(?:yet|been|even|really|actually|officially|quite)\s+)*$/;
function startedAt(slice: string): RegExpExecArray | null {
  const found = STARTED().exec(slice);
  if (!found) return null;
  const before = slice.slice(Math.max(0, found.index - 24), found.index);
  return STILL_TO_COME.test(before) || NOT_YET.test(before) ? null : found;
}
const saysStarted = (text: string, sentence: Sentence): boolean =>
  startedAt(text.slice(sentence.s, sentence.e)) !== null;
function startedContract(text: string, sentence: Sentence, occ: Occurrence[]): void {
  if (occ.some(blocksStart)) return;
  const found = startedAt(text.slice(sentence.s, sentence.e));
  if (!found) return;
  const s = sentence.s + found.index;
  const e = s + found[0].length;
  const t0 = occ.find((o) => o.s >= s)?.t0 ?? occ[0]?.t0 ?? 0;
  occ.push({ concept: 'POSTCONTRACT', t0, t1: t0 + 1, s, e, negated: false });
}

// "add a new milestone for the extra shots, so you're paid for that separately": paid apart
// from the rest, by the milestone named before it, not apart from the platform.
const MILESTONE = /\bmilestones?\b/;
const SETS_UP = new Set([
  'add',
  'adding',
  'create',
  'creating',
  'open',
  'opening',
  'fund',
  'funding',
  'new',
]);
function separateMilestone(text: string, tokens: Tokens, occ: Occurrence[]): void {
  if (occ.some((o) => RAILS.has(o.concept))) return;
  for (const o of occ) {
    if (o.concept !== 'ELSEWHERE' || text.slice(o.s, o.e) !== 'separately') continue;
    const named = occ.some(
      (p) =>
        p.concept === 'PLATNOUN' &&
        !p.negated &&
        p.t1 <= o.t0 &&
        MILESTONE.test(text.slice(p.s, p.e)) &&
        keyIn(tokens, p.t0 - 3, p.t1, SETS_UP) &&
        !occ.some((x) => x.concept === 'INSTEAD' && x.t1 <= p.t0 && p.t0 - x.t1 <= 2),
    );
    if (named) o.concept = 'NEUTRAL';
  }
}

// "Let's add a milestone here instead of a bank transfer", "keep it in this chat rather than
// WhatsApp": with the platform named first, what follows "instead of" is what is turned down.
const TURNED_DOWN = new Set<Concept>([
  'RAIL',
  'RAIL_WEAK',
  'SIDE_DEAL',
  'CHANNEL',
  'OFFPLATFORM',
  'ELSEWHERE',
  'DIRECT',
]);
// Hindi and Urdu put it after what is turned down ("milestone ke bajaye", "X ki jagah").
const POSTPOSITIONS = new Set(['ke', 'ki']);
function keptHere(occ: Occurrence[], tokens: Tokens): void {
  for (const o of occ) {
    // "instead of", "rather than": a bare "instead" ends its clause and turns nothing down.
    if (o.concept !== 'INSTEAD' || o.negated || o.t1 - o.t0 < 2) continue;
    if (POSTPOSITIONS.has(tokens.keys[o.t0] ?? '')) continue;
    if (!occ.some((p) => p.concept === 'PLATNOUN' && !p.negated && p.t1 <= o.t0)) continue;
    for (const x of occ)
      if (TURNED_DOWN.has(x.concept) && x.t0 >= o.t1 && x.t0 - o.t1 <= 4) x.negated = true;
  }
}

/**
 * "Send me your PayPal", "share your Skrill": the reader's way of being paid asked for is a
 * payment to be made there (the contact ask stays, for where it moves the talk).
 */
function railAskedFor(text: string, occ: Occurrence[]): void {
  const asks = occ.filter(
    (o) =>
      o.concept === 'CONTACT_ACT' &&
      !o.negated &&
      /\byour$/.test(text.slice(o.s, o.e)) &&
      occ.some((r) => r.concept === 'RAIL' && !r.negated && r.t0 === o.t1),
  );
  for (const o of asks) occ.push({ ...o, concept: 'PAYVERB' });
}

// "the employees' personal emails", "the candidate's phone": someone else's channel is data.
const OTHERS = new Set<Concept>(['CONTACT_ACT', 'CHANNEL', 'CHANNEL_WEAK']);
function othersDetails(text: string, occ: Occurrence[]): void {
  for (const t of occ) {
    if (t.concept !== 'THIRDPARTY' || t.negated) continue;
    if (isPossessive(text, t))
      for (const x of occ) if (OTHERS.has(x.concept) && x.t0 === t.t1) x.negated = true;
    // "email their AR team at billing@…", "call the supplier on 555-0117": someone else is
    // reached, at their own address.
    if (occ.some((x) => OTHERS.has(x.concept) && !x.negated && x.t1 === t.t0))
      for (const x of occ)
        if (
          (OTHERS.has(x.concept) && x.t1 === t.t0) ||
          (HANDED_OVER.has(x.concept) && x.t0 >= t.t1 && x.t0 - t.t1 <= 2)
        )
          x.negated = true;
  }
}
// "the brass line in bar 88": German "in bar" (in cash) followed by a number is a bar of music
// or a numbered bar ("bar 3 of the chart"), not cash ("300 Euro in bar" puts the sum first).
const DIGITS = /^[0-9]+$/;
function numberedBar(tokens: Tokens, occ: Occurrence[]): void {
  for (const o of occ)
    if (
      o.concept === 'RAIL' &&
      (tokens.keys[o.t1 - 1] === 'bar' || tokens.keys[o.t1 - 1] === 'bars') &&
      DIGITS.test(tokens.keys[o.t1] ?? '')
    )
      o.concept = 'NEUTRAL';
}

/** "the candidate's", "employees'": an apostrophe in or right after the words. */
const isPossessive = (text: string, o: Occurrence): boolean =>
  /['\u2019]/.test(text.slice(o.s, o.e + 1));

/** "than this site", "instead of here", "on Telegram only", "to me directly": taken elsewhere. */
const leaves = (occ: readonly Occurrence[], tokens: Tokens): boolean =>
  occ.some(
    (o) =>
      !o.negated &&
      (o.concept === 'ELSEWHERE' ||
        o.concept === 'OFFPLATFORM' ||
        // "send it to me directly", "directly to me": the writer as the one it goes to.
        (o.concept === 'DIRECT' && keyIn(tokens, o.t0 - 2, o.t1 + 2, ME))),
  );

/**
 * A way of paying, or of carrying on, and an "instead of (through) Upwork" naming the platform
 * (or the contract closed, or the milestone refused) in one sentence: "if you pay here instead
 * of through Upwork it's 10% cheaper", "let's just work directly, no need to keep going through
 * the site for your bookkeeping", "pay on my payment page and I'll close the Upwork contract",
 * "can I just send you $150 on PayPal so we don't have to add a milestone?"; and a payment link
 * handed over to dodge the fee.
 */
const PLATFORM_WAY = /\b(?:milestones?|escrow|upwork|fiverr|the platform|the site)\b/;
function explicitPay(occ: readonly Occurrence[], text: string): boolean {
  let pay = false;
  let elsewhere = false;
  let way = false; // a link, an account number or a way of paying, named
  let feeAvoided = false;
  for (const o of occ) {
    // "so we don't have to add a milestone": the platform's way of paying, refused.
    if (o.negated && isPayingPlace(occ, o)) elsewhere = true;
    if (o.negated) continue;
    // A way to pay named with the fee skipped: a link, an account number ("mon IBAN est FR14
    // ..., comme ça on évite les frais"), a payment method ("settle it by bank transfer ... and
    // skip the fees").
    if (o.concept === 'PAYLINK' || o.concept === 'BANKDATA' || RAILS.has(o.concept)) way = true;
    else if (o.concept === 'FEE_AVOID') feeAvoided = true;
    // A verb that only sends ("kirim": send money or a file) does not say payment.
    if (PAYING.has(o.concept))
      pay ||= !occ.some((x) => x.concept === 'SENDVERB' && x.s === o.s && x.e === o.e);
    else if (
      o.concept === 'OFFPLATFORM' ||
      o.concept === 'CONTRACT_END' ||
      (o.concept === 'ELSEWHERE' &&
        (occ.some((p) => p.concept === 'PLATNOUN' && p.s >= o.s && p.e <= o.e) ||
          // "skip the milestone, I'll pay ... by bank transfer": the platform's way skipped.
          PLATFORM_WAY.test(text.slice(o.s, o.e)))) ||
      // "...y nos ahorramos la comisión de Upwork": the platform's own fee avoided.
      (o.concept === 'FEE_AVOID' &&
        (occ.some(
          (p) =>
            (p.concept === 'PLATNOUN' ||
              // "…and save us both the Upwork fee": the platform named in the fee after it
              (p.concept === 'FEEWORD' && PLATFORM_NAME.test(text.slice(p.s, p.e)))) &&
            p.t0 >= o.t0 &&
            p.t0 - o.t1 <= 2,
        ) ||
          // "…I'll pay there and we both avoid the Upwork fee": the name inside the phrase
          PLATFORM_NAME.test(text.slice(o.s, o.e))))
    )
      elsewhere = true;
  }
  return pay && (elsewhere || (way && feeAvoided));
}
const PAYING = new Set<Concept>(['PAYVERB', 'PAYLINK', 'RAIL', 'RAIL_ASK', 'CONTINUE']); // or carrying on

/**
 * "so we don't have to add a milestone": the platform's way refused (a payment method beside it
 * is then no bare mention). Negation is applied here, ahead of its usual turn: applying it again
 * later, once pairs are derived, only adds to what it marks now.
 */
function platformRefused(text: string, tokens: Tokens, occ: Occurrence[]): boolean {
  applyNegation(text, tokens, occ);
  return occ.some((p) => p.negated && isPayingPlace(occ, p));
}
/**
 * "Pay me the last $180 so we don't have to open another milestone": paying, with the
 * platform's way of paying turned down after it, is paying around it (an ELSEWHERE where the
 * milestone was). Paying refused too ("I won't pay you before the milestone") is no such thing.
 */
function milestoneRefusedForPay(
  text: string,
  occ: Occurrence[],
  sentences: ReadonlyArray<Sentence | null>,
): void {
  const pay = occ.find((o) => o.concept === 'PAYVERB' && !o.negated);
  if (pay === undefined) return;
  for (const p of occ) {
    if (!p.negated || p.t0 <= pay.t1 || !isPayingPlace(occ, p)) continue;
    // The refusal comes between the paying and the milestone it turns down.
    const no = occ.find((n) => n.concept === 'NEG' && n.t0 >= pay.t1 && n.t1 <= p.t0);
    if (no === undefined) continue;
    // "I'll pay the bonus through the contract so we don't have to open another milestone"
    if (sentences.some((s) => s !== null && PAID_THROUGH_UPWORK.test(text.slice(s.s, s.e)))) return;
    occ.push({ concept: 'ELSEWHERE', t0: no.t0, t1: p.t1, s: no.s, e: p.e, negated: false });
    return;
  }
}
/** A milestone, the contract, "here": the platform as where work is paid ("the chat" is not). */
const isPayingPlace = (occ: readonly Occurrence[], p: Occurrence): boolean =>
  p.concept === 'PLATNOUN' &&
  occ.some((c) => c.concept === 'CONTRACTWORD' && c.t0 === p.t0 && c.t1 === p.t1);

// A brand spelled to slip past filters (spaced letters, invisible characters, look-alike
// letters: "V E N M O", "Ven\u200bmo", "Теlеgrаm") is never technical talk about it. Only
// the brand may be dressed so: a message typed that way throughout (fullwidth, Cyrillic,
// spaced, sprinkled with invisible characters) is a keyboard or a paste, not a disguise.
const DRESSED =
  /[\u00ad\u200b-\u200d\u2060\ufeff\uff01-\uff5e\u0370-\u03ff\u0400-\u04ff\u{1d400}-\u{1d7ff}]|(?:^|[^\p{L}])\p{L}[ .\-_*]\p{L}[ .\-_*]\p{L}(?![\p{L}])|\p{L}[0-9@$]{1,2}\p{L}/u;
const LEET = /\p{L}[0-9@$]{1,2}\p{L}/u;
/** Plain ASCII letters (and apostrophes): how nearly every brand is typed; no regex needed. */
function lettersOnly(typed: string): boolean {
  for (let k = 0; k < typed.length; k++) {
    const c = typed.charCodeAt(k);
    if (!isAsciiLetter(c) && c !== 39) return false;
  }
  return true;
}
/** Where a sentence (never empty) lies in the text as typed. */
const typedRange = (norm: Normalized, sentence: Sentence): [number, number] =>
  toOriginal(norm, sentence.s, Math.max(sentence.s + 1, sentence.e));
const retracts = (occ: readonly Occurrence[]): boolean =>
  occ.some((o) => o.concept === 'RETRACTED' && !o.negated);

/**
 * True when the brand at `o` is dressed up and the rest of its sentence is not, other brands
 * and the platform's name aside ("z3ll3 works better than waiting on the upw0rk release").
 */
function isDisguised(
  part: string,
  norm: Normalized,
  sentence: Sentence,
  o: Occurrence,
  occ: readonly Occurrence[],
): boolean {
  if (o.negated || !DRESSABLE.has(o.concept)) return false;
  const [s, e] = toOriginal(norm, o.s, o.e);
  const typed = part.slice(s, e);
  if (lettersOnly(typed) || !DRESSED.test(typed)) return false;
  // Digits for letters come from no keyboard: "s3nd 1t v1a p4yp4l" is dressed up throughout.
  if (LEET.test(typed)) return true;
  const [from, to] = typedRange(norm, sentence);
  const rest = (a: number, b: number): string => {
    let text = part.slice(a, b);
    for (const x of occ) {
      if (x === o || !(BRANDS.has(x.concept) || x.concept === 'PLATNOUN')) continue;
      const [xs, xe] = toOriginal(norm, x.s, x.e);
      if (xs >= a && xe <= b)
        text = text.slice(0, xs - a) + ' '.repeat(xe - xs) + text.slice(xe - a);
    }
    return text;
  };
  return !DRESSED.test(rest(Math.min(from, s), s)) && !DRESSED.test(rest(e, Math.max(to, e)));
}

/**
 * True when a quotation may cover some of the sentence: it opens in the sentence, or close
 * enough before it to run on into it («Керамика ручной работы. Заказы — в нашем канале @shop»).
 */
function quoteMayReach(norm: Normalized, sentence: Sentence, opening: readonly number[]): boolean {
  if (opening.length === 0) return false;
  const [from, to] = typedRange(norm, sentence);
  return anyWithin(opening, Math.max(0, from - MAX_QUOTE), to);
}

/** True when the sentence, as typed, opens a quotation (holds one of the part's openings). */
function mayQuote(norm: Normalized, sentence: Sentence, opening: readonly number[]): boolean {
  if (opening.length === 0) return false;
  const [from, to] = typedRange(norm, sentence);
  return anyWithin(opening, from, to);
}

// Quoted copy: an ad script's line, a template's sentence, a quoted clause. What stands
// inside quotation marks (quotes.ts) is someone's words being worked on, not the writer's
// ask, unless it quotes code, the rules or a refusal; what is said around it is still read.
const QUOTE_KEEPS = new Set<Concept>([...CONTEXT_BLOCKERS, 'IDWORD']);

// Words that speak of words: what a filter flags, the terms that trigger it, what a slip of
// voice-to-text or autocorrect "meant".
const MENTIONS =
  /\b(?:flags?|flagged|flagging|words?|terms?|keywords?|triggers?|triggered|filters?|filtered|censors?|censored|mentions?|mentioning|spelled|spell|meant|autocorrect)\b/;
const MENTIONED = new Set<Concept>([...BRANDS, 'PAYVERB', 'SENDVERB', 'CONTACT_ACT', 'PAYLINK']);

// Copy laid out as a form after the line introducing it: "Phone: …", "Email: …", "Hours: …".
const LABELLED_LINE = /^[\p{L}][\p{L} .'-]{0,24}:\s*\S/u;
/** A colon closing the line that introduces the copy. */
const INTRODUCES = /:\s*$/;
const LABELLED = new Set<Concept>([...STRUCTURES, 'CHANNEL', 'CHANNEL_WEAK', 'MSGLINK']);

/** Punctuation inside a phrase that puts its words in two clauses. */
const CLAUSE_MARK = /[,;:]/;

/** Drops the occurrences of the concepts in `set`. */
const dropConcepts = (occ: Occurrence[], set: ReadonlySet<Concept>): void =>
  retain(occ, (o) => !set.has(o.concept));

/** The findings of `text.slice(base, base + part.length)`, judged on their own. */
function collect(part: string, base: number, rules: readonly Rule[], into: Collector): void {
  let hits: Array<RuleHit & { sentence: number }> = [];
  let previous: Occurrence[] = [];
  const reported: number[] = [];
  // Reports told whole in their sentence, about nothing risky ("marketing asked whether you
  // could add a cheat sheet"): they do not speak for the sentences after them.
  const closed = new Set<number>();
  // Of those, a question passed on with its content after it ("the agent asked whether we keep
  // the old tiles"): it speaks for no sentence before it either. ("I refused and reported it to
  // support" still speaks for the offer told before it.)
  const toldWholly = new Set<number>();
  // Hits found only by reading a disguised payment method as offered: dropped where another
  // payment finding marks the same words (the next sentence said more about it).
  const offered = new Set<RuleHit>();
  const paragraph: number[] = [];
  let workTalk = 0; // sentences the last technical or copy-writing talk still reaches
  const fences = part.includes('```') ? fenceBounds(part) : [];
  // Copy a business's customers read (a shop's FAQ, a booking page), introduced and pasted.
  let forCustomers = pastedCopy(part);
  // The part is a work document: that copy, one under a title line, or (below) one named as
  // the part opens.
  let documentPart = forCustomers || titled(part);
  let copyEnd = -1; // where that copy ends and the writer speaks again
  let sharedFrom = -1; // the last sentence saying the contract has started
  let startedAtOpen = false; // the message opens by saying so
  const mayStartLater: number[] = []; // sentences whose reading for that is put off
  /** Sentence k says the contract has started. */
  const saidStarted: number[] = []; // sentences saying so in the past tense ("we started last week")
  const startedFrom = (k: number, past: boolean): void => {
    if (past) saidStarted.push(k);
    sharedFrom = k;
    if (k <= 1 && base === 0) startedAtOpen = true;
  };
  // Of those, the ones a judged sentence brought in reach. What they say matters only to
  // contact details allowed once the contract runs, so they are read when such a finding
  // comes up (or before a sentence itself says the contract has started), in order, with the
  // same result as reading each at once; most sentences of a long text are never read.
  const inReach: number[] = [];
  let lastContact = -2; // the last sentence with a finding allowed once the contract runs
  const readInReach = (text: string, sentences: readonly Sentence[]): void => {
    for (const k of inReach)
      if (k > sharedFrom && saysStarted(text, sentences[k] as Sentence))
        startedFrom(k, hasStarted(text, sentences[k] as Sentence));
    inReach.length = 0;
  };
  let previousCarries = false; // the sentence before names a channel or rail
  let previousPlatform: Sentence | null = null; // the sentence before, if it names the platform
  let opening: number[] | undefined; // where the part's quotation marks can open, when first needed
  let quoted: number[] | undefined; // the part's quoted ranges, found when first needed
  let quotedWords: number[] | undefined; // its words in quotation marks, likewise
  let forwarded: number[] | undefined; // of the quoted ranges, those quoting a message passed on
  // Sentences naming the official conversion: "hiring you directly" beside one is that
  // conversion ("Re: hiring me directly. The only way is Upwork's contract-to-hire conversion").
  const converting: number[] = [];
  const convertingByTheBook: number[] = [];
  // Sentences refusing what was just said: they clear it and themselves.
  const refused: number[] = [];
  const retracted: number[] = [];
  const placed: number[] = []; // sentences saying the detail before is copy for a piece of work
  // The last line of copy laid out as a form: the line introducing it ("Copy for the 'Contact
  // us' page:"), then each line right after labelled like a form ("Phone: +44 20 7946 0321").
  let copyLine = -2;
  const answered = new Set<number>(); // sentences keeping things on the platform or its rules
  const a = analyse(part, (occ, i, { norm, tokens, sentences }) => {
    // A document's name only matters as the part opens; elsewhere ("my notes", "the report")
    // it is a common word, and a sentence holding nothing else needs no reading.
    if (i > 1 && occ.length > 0 && occ.some(isDocument)) retain(occ, (o) => !isDocument(o));
    if (occ.some(answersOnPlatform)) answered.add(i);
    const para = i === 0 ? 0 : (paragraph[i - 1] ?? 0);
    paragraph.push(
      i > 0 && startsParagraph(norm.text, tokens, sentences[i] as Sentence) ? para + 1 : para,
    );
    if (workTalk > 0) workTalk--;
    const copyWork = occ.some((o) => o.concept === 'COPYWORK');
    if (copyLine === i - 1 || copyWork) {
      const [from, to] = typedRange(norm, sentences[i] as Sentence);
      if (copyLine === i - 1 && LABELLED_LINE.test(part.slice(from, to))) {
        dropConcepts(occ, LABELLED);
        copyLine = i;
      }
      if (copyWork && INTRODUCES.test(part.slice(from, to + 1))) copyLine = i;
    }
    if (occ.some(mayStart)) {
      // Read now where this sentence is judged; otherwise only once a later one needs it (most
      // sentences of a long text never do, and the reading is a long regular expression).
      if (previousCarries || meets(presentInto(occ, present), M.triggers))
        startedContract(norm.text, sentences[i] as Sentence, occ);
      else if (!occ.some(blocksStart)) {
        // Only the last few can still be in reach, and the message's opening sentences.
        if (mayStartLater.length > 8) {
          const at = mayStartLater.findIndex((k) => k > 1);
          if (at >= 0) mayStartLater.splice(at, 1);
        }
        mayStartLater.push(i);
      }
      // A word that may start that reading says nothing more ("this week", "day one").
      if (occ.some(isStartWord)) retain(occ, (o) => !isStartWord(o));
    }
    // "decode this", "(base64)": the message holds text in base64, read decoded afterwards.
    if (occ.some(isEncodedCue)) {
      into.encoded = true;
      retain(occ, (o) => !isEncodedCue(o));
    }
    // "The module supports PayPal; please upload the keys", "…through PayPal or Venmo, you may
    // get a 1099-K": a rail asked for ("PayPal please") or used as a verb ("Venmo you") is so
    // within a clause; across a semicolon, comma or colon it is only named.
    for (const o of occ)
      if (o.concept === 'RAIL_ASK' && CLAUSE_MARK.test(norm.text.slice(o.s, o.e)))
        o.concept = 'RAIL';
    let m = presentInto(occ, present);
    if (
      meets(m, M.triggers) &&
      quoteMayReach(norm, sentences[i] as Sentence, (opening ??= openings(part)))
    ) {
      const ranges = (quoted ??= quotedRanges(part, opening)); // the part's, found once
      const passed = (forwarded ??= forwardedQuotes(part, ranges));
      retain(occ, (o) => {
        if (QUOTE_KEEPS.has(o.concept)) return true;
        const at = toOriginal(norm, o.s, o.e);
        return !inside(ranges, at) || inside(passed, at);
      });
      // "Fiverr's inbox flags 'pay' and 'email'": a word in quotation marks, said to be a word
      // a filter catches, is mentioned, not used.
      if (
        MENTIONS.test(norm.text.slice((sentences[i] as Sentence).s, (sentences[i] as Sentence).e))
      ) {
        const words = (quotedWords ??= quotedRanges(part, opening, true));
        retain(occ, (o) => !MENTIONED.has(o.concept) || !inside(words, toOriginal(norm, o.s, o.e)));
      }
      m = presentInto(occ, present);
    }
    if (occ.length < 1) {
      previous = occ;
      previousCarries = false;
      return;
    }
    if (occ.some((o) => isContraction(norm.text, o))) {
      retain(occ, (o) => !isContraction(norm.text, o));
      m = presentInto(occ, present);
    }
    if (meets(m, M.talk) && occ.some((o) => isDomainEnding(norm.text, o))) {
      retain(occ, (o) => !isDomainEnding(norm.text, o));
      m = presentInto(occ, present);
    }
    // A piece being made (a banner, a caption, a blog post) is copy being quoted only when the
    // sentence quotes something ("the 'Pay with crypto' banner"): "pay me on Venmo for the
    // banner" is an ask.
    if (
      meets(m, M.deliverable) &&
      !mayQuote(norm, sentences[i] as Sentence, (opening ??= openings(part)))
    ) {
      dropConcepts(occ, DELIVERABLES);
      m = presentInto(occ, present);
    }
    if (meets(m, M.talk) && turnFromWork(occ, tokens, sentences[i] as Sentence))
      m = presentInto(occ, present);
    // A line of a fenced code block (a pasted log, a config) is technical text.
    const fenced =
      fences.length > 0 && inFence(fences, typedRange(norm, sentences[i] as Sentence)[0]);
    const talk = meets(m, M.talk) || fenced;
    // A brand dressed up to slip past filters ("V E N M O", "Sіgnаl") is an ask: a payment
    // method so spelled is offered, a word only sometimes a channel is one, and no work,
    // bookkeeping or tool named around it clears it.
    let dressed = false;
    const dressedRails: Occurrence[] = [];
    if (meets(m, M.dressable)) {
      for (const o of occ) {
        if (!isDisguised(part, norm, sentences[i] as Sentence, o, occ)) continue;
        if (o.concept === 'DIRECT') {
          // "d.i.r.e.c.t.l.y next time?": a word spelled out to hide it, off the platform (not
          // a test string beside technical words, "'d-i-r-e-c-t' passes the slug regex", nor
          // digits for letters, which a whole message typed in leet has in every word).
          const [s, e] = toOriginal(norm, o.s, o.e);
          if (!talk && !LEET.test(part.slice(s, e))) {
            o.concept = 'OFFPLATFORM';
            m = presentInto(occ, present);
          }
          continue;
        }
        dressed = true;
        if (o.concept === 'RAIL') dressedRails.push(o);
        else if (o.concept === 'CHANNEL_WEAK') o.concept = 'CHANNEL';
      }
      if (dressed) m = presentInto(occ, present);
    }
    if (meets(m, M.siteWords) && occ.some((o) => lookalikeSite(norm.text, o))) {
      for (const o of occ) if (lookalikeSite(norm.text, o)) o.concept = 'SCAM';
      m = presentInto(occ, present);
    }
    if (meets(m, M.bankData) && within(m, M.bareBankData) && (talk || meets(m, M.idWord))) {
      // "The doc sample GB82 WEST 1234 5698 7654 32 passes": an account number beside test or
      // copy words of its own sentence is a sample (a wallet "below" an offer to be paid is not).
      dropConcepts(occ, BANK_DATA);
      m = presentInto(occ, present);
    }
    // Details nobody here says are theirs, typed plainly, not read reversed, and not given for
    // an app the sentence before named ("What's your WhatsApp? Mine's +44 7700 900214").
    if (i <= 1 && meets(m, M.document) && !documentPart) {
      const first = sentences[0] as Sentence;
      documentPart = opensDocument(part, occ, tokens, first);
      forCustomers = documentPart && customerCopy(part, norm, tokens, first, occ);
    }
    if (forCustomers && copyEnd < 0) copyEnd = writersTail(part);
    // The copy runs to the writer's closing line or paragraph ("PS: pay the rest via Zelle to
    // avoid the fees" is the writer again).
    const inCopy = forCustomers && typedRange(norm, sentences[i] as Sentence)[0] < copyEnd;
    // …unless a sentence there is the writer's own, about the work between the two.
    const copySays =
      inCopy && !writerSpeaks(norm.text, tokens, occ, sentences[i] as Sentence, false);
    const copySaysOfMoney =
      copySays && !writerSpeaks(norm.text, tokens, occ, sentences[i] as Sentence, true);
    let unclaimedHere: boolean | undefined; // nobody here says they are theirs (once, if asked)
    const unclaimed = (): boolean =>
      (unclaimedHere ??= ownerless(part, norm, tokens, sentences, i, inCopy));
    const nobodys = (): boolean =>
      !into.reversedRead &&
      (inCopy || !previousCarries) &&
      unclaimed() &&
      plainData(part, norm, occ);
    if (
      documentPart &&
      // Customer copy names its channels too: "Can I order by phone?", "message us on WhatsApp".
      (meets(m, M.structures) || (copySays && meets(m, M.channels))) &&
      !meets(m, copySays ? M.contactIntentInCopy : M.contactIntent) &&
      nobodys()
    ) {
      // "Vendor inquiries: markets@riversidemakers.example", "call our support line at …".
      dropConcepts(occ, CONTACT_DETAILS);
      if (copySays) dropConcepts(occ, COPY_ASKS);
      m = presentInto(occ, present);
    }
    if (
      copySaysOfMoney &&
      meets(m, M.copyContent) &&
      !platformNamed(norm.text, occ) &&
      !dressed &&
      !into.reversedRead &&
      unclaimed()
    ) {
      // "Du bezahlst direkt bei der Online-Buchung mit PayPal", "if you're paying from outside
      // the UK", "Refunds are available until 15 February, minus a $20 processing fee": in copy
      // for a business's customers, its ways of paying and its words to them, where the
      // platform is not named, nobody says "my" or "me" and nothing is said of the writer's work.
      dropConcepts(occ, COPY_CONTENT);
      m = presentInto(occ, present);
    }
    if (
      documentPart &&
      meets(m, M.bankData) &&
      !meets(m, copySaysOfMoney ? M.railIntentInCopy : M.railIntent) &&
      // In customer copy "our account" is the business's ("transferencia a nuestra cuenta").
      (copySaysOfMoney || !ownRail(occ, tokens)) &&
      unclaimed()
    ) {
      // "the supplier's letter: … IBAN FR76 3000 6000 0112 3456 7890 189 …"
      dropConcepts(occ, BANK_DATA);
      m = presentInto(occ, present);
    }
    if (
      meets(m, M.structures) &&
      !within(m, M.bareCompany) &&
      within(m, M.bareLabelled) &&
      occ.every((o) => o.concept !== 'CHANNEL' || isLabel(part, norm, occ, o)) &&
      nobodys()
    ) {
      // "Impressum: … Telefon 0761 5550 123, E-Mail info@…": a kind of detail naming what
      // follows, in data nobody says is theirs, is a business's details being laid out.
      dropConcepts(occ, LABELS_AND_STRUCTURES);
      m = presentInto(occ, present);
    }
    if (fenced && meets(m, M.structures) && !meets(m, M.contactIntent)) {
      // "[09:00:15] modem dial 5550147 FAIL (no carrier)": a number in a log is its data.
      dropConcepts(occ, STRUCTURES);
      m = presentInto(occ, present);
    }
    if (meets(m, M.structures) && within(m, M.bareCompany)) {
      // An id word only speaks for its own sentence ("ticket #4471-0935 ..., not 4471-0953").
      const id = meets(m, M.idWord) && occ.some((o) => isIdWord(norm.text, o));
      if (workTalk > 0 || talk || id || meets(m, M.thirdParty) || nobodys()) {
        dropConcepts(occ, STRUCTURES);
        m = presentInto(occ, present);
      }
    } else if (
      meets(m, M.rails) &&
      (within(m, M.bareRailCompany) ||
        // "Your old bookkeeper paid vendors with Zelle and never recorded the fees"
        (meets(m, M.thirdParty) && within(m, M.bareRailThird)) ||
        // "Action item 4: treasurer to send the caterer's deposit (Venmo @fig-catering)"
        (documentPart &&
          !meets(m, copySaysOfMoney ? M.railIntentInCopy : M.railIntent) &&
          unclaimed())) &&
      !platformRefused(norm.text, tokens, occ)
    ) {
      const third = meets(m, M.thirdParty);
      // Work talk sentences back does not make "pay me on Venmo" a mention; its own sentence's does.
      // In customer copy the reader asked to pay is the customer ("you can pay online by card").
      const asked =
        !talk &&
        !third &&
        (payeeIsWriter(occ, tokens) ||
          (!copySaysOfMoney && (askedOfReader(occ, tokens) || offersToReader(occ, tokens))));
      const context = workTalk > 0 || talk || third || documentPart;
      if (
        context &&
        !dressed &&
        !ownRail(occ, tokens) &&
        !asked &&
        !paidForWork(occ, tokens) &&
        // "Ich habe alles getestet, zahl mir den Rest per PayPal": paying the writer, asked
        // after the work talk of its own sentence.
        !(talk && !third && payMe(occ, tokens)) &&
        !pricedApart(occ, norm.text, sentences[i] as Sentence)
      ) {
        dropConcepts(occ, RAILS);
        m = presentInto(occ, present);
      }
    } else if (!talk) workTalk = 0;
    if (talk) workTalk = WORK_TALK_REACH + 1;
    // "My accountant asked if you could invoice us directly": a request of the writer's side,
    // passed on to the reader, is asked of them.
    if (meets(m, M.reported) && occ.some((o) => passedOn(tokens, o))) {
      retain(occ, (o) => !passedOn(tokens, o));
      m = presentInto(occ, present);
    }
    // "Yep, your idea of splitting it works", "Haan bhai, jaisa aapne kaha, …": the other side's
    // proposal, taken up as the reply opens, is the writer's own.
    if (meets(m, M.reported) && ACCEPTS.has(tokens.keys[(sentences[i] as Sentence).t0] ?? '')) {
      retain(occ, (o) => o.concept !== 'REPORTED');
      m = presentInto(occ, present);
    }
    // "The filter flagged it, so let's move to Telegram": the writer's own proposal after the
    // report is judged on its own.
    if (
      meets(m, M.reported) &&
      (turnFromReport(occ, tokens, sentences[i] as Sentence) ||
        answerAfterRecall(norm.text, occ, tokens, sentences[i] as Sentence))
    ) {
      m = presentInto(occ, present);
    }
    let toldWhole = false;
    let recalled = false; // the report recalls the reader's own words ("you mentioned…")
    if (meets(m, M.marks))
      for (const o of occ)
        if (o.concept === 'REPORTED') {
          if (reported[reported.length - 1] !== i) reported.push(i);
          toldWhole ||=
            !meets(m, M.platform) && // "reported this chat to Upwork support" reaches on
            (sentences[i] as Sentence).t1 - o.t1 >= TOLD_WHOLE;
          if (toldWhole && !meets(m, M.triggers)) {
            closed.add(i);
            if (ASKED.test(norm.text.slice(o.s, o.e))) toldWholly.add(i);
          }
          recalled ||= READER_RECALLED.test(norm.text.slice(o.s, o.e));
          // "...cut the sponsor's section, legal asked us to.": a report closing its sentence
          // gives that sentence's reason, and reaches no further.
          const whole = sentences[i] as Sentence;
          // So does one with a word or two after it and nothing risky in its sentence ("...those
          // were pages you'd already asked me to drop.").
          if (
            o.t0 - whole.t0 >= TOLD_WHOLE &&
            (o.t1 >= whole.t1 || (whole.t1 - o.t1 <= 2 && !meets(m, M.triggers)))
          )
            closed.add(i);
        } else if (o.concept === 'BACKWARDS')
          into.backwards.push(base + toOriginal(norm, o.s, o.e)[0]);
        else if (o.concept === 'POSTCONTRACT' && !o.negated) {
          readInReach(norm.text, sentences);
          startedFrom(i, hasStarted(norm.text, sentences[i] as Sentence));
        } else if (o.concept === 'CONVERSION' && !o.negated) {
          converting.push(i);
          const said = norm.text.slice((sentences[i] as Sentence).s, (sentences[i] as Sentence).e);
          if (BY_THE_BOOK.test(said) || BY_THE_BOOK_SAID.test(said)) convertingByTheBook.push(i);
        } else if (o.concept === 'REFUSED' && !o.negated) refused.push(i);
        else if (o.concept === 'RETRACTED' && !o.negated) retracted.push(i);
    if (wholeRefusal(occ, sentences[i] as Sentence)) refused.push(i);
    if (
      i > 0 &&
      ((meets(m, M.talk) && placesAsCopy(norm.text, sentences[i] as Sentence)) ||
        forRunningContract(norm.text, sentences[i] as Sentence))
    )
      placed.push(i);
    const carries = previousCarries;
    previousCarries = meets(m, M.carried);
    const platformBefore = previousPlatform;
    previousPlatform = meets(m, M.platform) ? (sentences[i] as Sentence) : null;
    if (!meets(m, M.triggers) && !carries) {
      previous = occ;
      return;
    }
    discounts(tokens, occ);
    applyNoNeed(norm.text, tokens, occ);
    setAgainstPlatform(norm.text, tokens, occ);
    derivePairs(occ, norm.text);
    bareNo(norm.text, tokens, occ, sentences[i] as Sentence);
    milestoneForAnotherUpworkWay(norm.text, occ, [previousPlatform, platformBefore]);
    applyNegation(norm.text, tokens, occ);
    milestoneRefusedForPay(norm.text, occ, [sentences[i] as Sentence, platformBefore]);
    keptHere(occ, tokens);
    numberedBar(tokens, occ);
    channelTurnedDown(tokens, occ, sentences[i] as Sentence);
    givenBeforeItStarts(norm.text, occ);
    separateMilestone(norm.text, tokens, occ);
    othersDetails(norm.text, occ);
    railAskedFor(norm.text, occ);
    answeredWithin(norm.text, tokens, occ, sentences[i] as Sentence);
    if (meets(m, M.rules)) {
      concede(occ, tokens, sentences[i] as Sentence);
      housePolicy(occ);
      rulePretext(occ, norm.text);
      dodgesRule(part, norm, occ);
    }
    // "Do not reply here": staying here negated is going elsewhere, not a refusal to leave; so
    // is staying here turned down ("let's do the payment there rather than through Upwork").
    for (const o of occ)
      if (o.concept === 'ONPLATFORM_ONLY' && (o.negated || afterInstead(occ, o))) {
        o.concept = 'ELSEWHERE';
        o.negated = false;
      }
    // "Message me here: t.me/hana", "t.me/lena ← message me here": the "here" is the link or
    // number beside it.
    // "$40/h if the job runs through Upwork, or $34/h if you send it by Wise": the platform's
    // way is named only to price the other one.
    if (
      occ.some((o) => o.concept === 'ONPLATFORM_ONLY') &&
      (pricedApart(occ, norm.text, sentences[i] as Sentence) ||
        otherWayAsked(norm.text, tokens, occ, sentences[i] as Sentence))
    )
      retain(occ, (o) => o.concept !== 'ONPLATFORM_ONLY');
    if (occ.some((o) => o.concept === 'ONPLATFORM_ONLY'))
      retain(
        occ,
        (o) =>
          o.concept !== 'ONPLATFORM_ONLY' ||
          !occ.some((x) => HANDED_OVER.has(x.concept) && !x.negated && pointsAt(norm.text, o, x)),
      );
    const before = hits.length;
    // "...never mind, let's use the Upwork call instead": what a retraction takes back is not
    // carried into it.
    const extra = retracts(occ) ? [] : carried(previous);
    let judged = extra.length > 0 ? [...occ, ...extra] : occ;
    // "Don't bother with the Drive invite, just write to me at…": a work tool turned down is
    // no reason for the address beside it.
    if (judged.some((o) => o.concept === 'WORKSYSTEM' && o.negated))
      judged = judged.filter((o) => o.concept !== 'WORKSYSTEM' || !o.negated);
    let spelledSent: boolean | undefined; // read once, when first needed
    const sentSpelled = (): boolean =>
      (spelledSent ??=
        judged.some((o) => o.concept === 'PRECONTRACT' && !o.negated) &&
        sentToSpelledAddress(
          judged,
          (e) => !part.slice(...toOriginal(norm, e.s, e.e)).includes('@'),
        ));
    // An address or number handed over with a contact verb before the contract, or with
    // "instead of here", is an ask to move whatever work is named beside it ("before the offer,
    // reach me at sam at x dot com, I'll send the spreadsheet there"); so is a contact ask
    // naming a channel ("give me your WhatsApp before the offer so I can demo the API"), and
    // a named app or a link is not cleared by a work tool either ("...wa.me/1415..., I'll show
    // the Figma file there"), while a username may be for one ("add me to the repo").
    // Nor does a contract that has started: details allowed then are not dressed up to hide.
    if (dressed)
      judged = judged.filter(
        (o) =>
          !WORK_TALK.has(o.concept) && o.concept !== 'WORKSYSTEM' && o.concept !== 'POSTCONTRACT',
      );
    else if (
      (talk || meets(m, M.workSystem)) &&
      (meets(m, M.channels) || writerAsked(judged, tokens) || sentSpelled()) &&
      (explicitAsk(judged) || handsOwnContact(judged, tokens) || sentSpelled())
    ) {
      // A named app, a link, a phone number or a spelled-out address things are sent to is
      // never for a work tool; a username may be.
      const strong =
        meets(m, M.channel) || judged.some((o) => o.concept === 'PHONE') || sentSpelled();
      judged = judged.filter(
        (o) => !WORK_TALK.has(o.concept) && (!strong || o.concept !== 'WORKSYSTEM'),
      );
    } else if (
      talk &&
      ((meets(m, M.structures) && (explicitAsk(judged) || leaves(judged, tokens))) ||
        explicitPay(judged, norm.text) ||
        ownPayment(judged, tokens) ||
        paidForWork(judged, tokens) ||
        paidToWriter(judged, tokens) ||
        pricedApart(judged, norm.text, sentences[i] as Sentence) ||
        leavesToSaveFee(judged) ||
        leavesToDealDirect(judged, norm.text) ||
        sentToAccount(judged) ||
        paidPersonally(judged) ||
        workClauseApart(judged, norm.text) ||
        judged.some((o) => railAsked(o, tokens)))
    )
      judged = judged.filter((o) => !WORK_TALK.has(o.concept));
    evaluateSentence(rules, viewOf(judged), hits as RuleHit[]);
    // "The client wants the Android build before the iOS one": a whole report that asks for
    // nothing risky itself does not reach the writer's own sentences after it; nor does the
    // reader's own wish recalled ("…but you mentioned wanting custom drill-downs.").
    if ((toldWhole || recalled) && hits.length === before) closed.add(i);
    // A payment method spelled to slip past filters is offered, even with nothing else said.
    if (dressedRails.length > 0 && !hits.slice(before).some((h) => h.rule.category === 'payment')) {
      const asks = dressedRails.flatMap((o) =>
        o.negated ? [] : [{ ...o, concept: 'RAIL_ASK' as Concept }],
      );
      const from = hits.length;
      if (asks.length > 0) evaluateSentence(rules, viewOf([...judged, ...asks]), hits as RuleHit[]);
      for (let k = from; k < hits.length; k++) offered.add(hits[k] as RuleHit);
    }
    if (mayStartLater.length > 0) {
      // The sentences put off above, in reach now that one after them is judged.
      for (const k of mayStartLater) if (k <= 1 || i - k <= POSTCONTRACT_REACH) inReach.push(k);
      mayStartLater.length = 0;
    }
    let contact = false;
    for (let k = before; k < hits.length && !contact; k++)
      contact = (hits[k] as RuleHit).rule.preContractOnly === true;
    if (contact) {
      lastContact = i;
      readInReach(norm.text, sentences);
    } else if (inReach.length > POSTCONTRACT_REACH + 4) {
      // One too far back for any later sentence, and with no such finding beside it, can change
      // nothing: it would only have marked the contract started out of reach.
      retain(inReach, (k) => k <= 1 || i - k <= POSTCONTRACT_REACH + 1 || k - 1 <= lastContact);
    }
    if (
      !dressed &&
      sharedFrom !== i &&
      sharedFrom >= 0 &&
      !occ.some((o) => o.concept === 'PRECONTRACT') && // derived pairs count too
      // A message opening on the contract having started ("Welcome aboard, thanks for
      // accepting the offer!") is written after it throughout.
      (startedAtOpen ||
        (i - sharedFrom <= POSTCONTRACT_REACH && paragraph[i] === paragraph[sharedFrom]))
    ) {
      // "Thanks for accepting the offer! Our PM will reach out on Teams." The contract has
      // started for the next sentences too: sharing contact details is allowed there, unless
      // one says it is before the contract ("once it starts ... send me your number before").
      // Unless the sentence also leaves the platform: details given for that are not for the work.
      const leaving = hits.slice(before).some((h) => h.rule.category === 'circumvention');
      if (!leaving) retain(hits, (h) => !h.rule.preContractOnly, before);
    }
    previous = occ;
    for (let k = before; k < hits.length; k++)
      (hits[k] as RuleHit & { sentence: number }).sentence = i;
  });
  // "My Telegram is @lena_qa for deploy nights. We started the contract last week, so that's
  // allowed": a contract said to have started already covers the sentence just before too,
  // also when that sentence ends the text (its reading was put off, and nothing after it asked).
  const contactFound = hits.some((h) => h.rule.preContractOnly);
  if (contactFound) readInReach(a.norm.text, a.sentences);
  if (mayStartLater.length > 0 && contactFound)
    for (const k of mayStartLater) {
      const sentence = a.sentences[k] as Sentence;
      if (saysStarted(a.norm.text, sentence) && hasStarted(a.norm.text, sentence))
        saidStarted.push(k);
    }
  if (saidStarted.length > 0)
    hits = hits.filter(
      (h) =>
        !h.rule.preContractOnly ||
        !markedNear(saidStarted, (h as RuleHit & { sentence: number }).sentence, paragraph, 1, 1) ||
        hits.some(
          (g) =>
            g.rule.category === 'circumvention' &&
            (g as RuleHit & { sentence: number }).sentence ===
              (h as RuleHit & { sentence: number }).sentence,
        ),
    );
  hits = dropReported(hits, reported, paragraph, closed, toldWholly);
  // "Hi Upwork Support, I want to report a job invitation...": a message written to support
  // reports what it tells, however long.
  if (base === 0 && hits.length > 0 && a.sentences.length > 0) {
    const [from, to] = typedRange(a.norm, a.sentences[0] as Sentence);
    if (TO_SUPPORT.test(part.slice(from, to))) hits = [];
  }
  /** Sentence k says what follows a conversion requested the official way, shortly before. */
  const afterConversion = (k: number): boolean => {
    const said = a.sentences[k] as Sentence;
    return (
      convertingByTheBook.some((c) => c < k && k - c <= CONVERSION_REACH) &&
      AFTERWARDS.test(a.norm.text.slice(said.s, said.e))
    );
  };
  // "You mentioned Calendly for the interview. Let's keep it to the Upwork call.": what the other
  // side said, passed on, and answered in the sentence after by keeping to the platform or its
  // rules, is theirs ("You mentioned PayPal. Sure, send it there." answers nothing of the kind).
  // Details written out there are handed over all the same. Read only for a sentence with a
  // finding and an answer after it, not for every sentence of a long text.
  const saidByThem = (k: number): boolean => {
    const said = a.sentences[k] as Sentence;
    return !answered.has(k) && PARAPHRASE.test(a.norm.text.slice(said.s, said.e));
  };
  if (hits.length > 0 && answered.size > 0)
    hits = hits.filter(
      ({ sentence, rule }) =>
        !answered.has(sentence + 1) ||
        paragraph[sentence] !== paragraph[sentence + 1] ||
        rule.when.all.some((c) => HANDED_OVER.has(c) || BANK_DATA.has(c) || c === 'HANDLE') ||
        !saidByThem(sentence),
    );
  if (hits.length > 0 && QUOTE_LINE.test(part)) {
    // Where the finding is, not where its sentence starts: a channel named in the quote can be
    // judged with the sentence after it.
    const quoted = (h: RuleHit): boolean =>
      quotedAndAnswered(part, toOriginal(a.norm, h.anchor.s, h.anchor.e)[0]);
    hits = hits.filter((h) => !quoted(h));
  }
  if (refused.length > 0)
    hits = hits.filter(({ sentence }) => !markedNear(refused, sentence, paragraph, 0, 1));
  // "Can we hop on a Zoom? Actually, never mind...": only the sentence before is taken back.
  if (retracted.length > 0)
    hits = hits.filter(({ sentence }) => !markedNear(retracted, sentence, paragraph, 1, 1));
  // "Our main line is 020 7946 0321. That's the number for the footer": a detail given alone,
  // then placed in a piece of work, is its copy.
  if (placed.length > 0)
    hits = hits.filter(
      ({ rule, sentence }) =>
        !PLACED_DETAILS.has(rule.id) ||
        !markedNear(placed, sentence, paragraph, 1, 1) ||
        hits.some((g) => g.sentence === sentence && !PLACED_DETAILS.has(g.rule.id)),
    );
  if (converting.length > 0)
    hits = hits.filter(({ rule, sentence }) => {
      const near =
        rule.id === 'circumvention.work-directly'
          ? converting
          : rule.id === 'circumvention.off-platform'
            ? convertingByTheBook
            : null;
      if (near !== null && markedNear(near, sentence, paragraph, -1, 1)) return false;
      return !AFTER_CONVERSION.has(rule.id) || !afterConversion(sentence);
    });
  if (offered.size > 0)
    hits = hits.filter(
      (h) =>
        !offered.has(h) ||
        !hits.some(
          (g) =>
            g !== h &&
            !offered.has(g) &&
            g.rule.category === 'payment' &&
            g.anchor.s === h.anchor.s &&
            g.anchor.e === h.anchor.e,
        ),
    );
  const { text, keep, out, seen } = into;
  for (const { rule, anchor, sentence } of hits) {
    const [s, e] = toOriginal(a.norm, anchor.s, anchor.e);
    const start = base + s;
    const end = base + e;
    const key = `${rule.id}:${start}:${end}`;
    if (seen.has(key) || end <= start) continue;
    seen.add(key);
    if (!keep(text.slice(start, end))) continue;
    const finding: Finding = {
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      start,
      end,
      message: rule.message,
      policy: rule.policy,
    };
    if (rule.suggestion !== undefined) finding.suggestion = rule.suggestion;
    const sent = a.sentences[sentence];
    if (sent) {
      const [ss, se] = typedRange(a.norm, sent);
      finding.sentence = { start: Math.min(base + ss, start), end: Math.max(base + se, end) };
    }
    out.push(finding);
  }
}

// A long text is judged in stretches of 32-64 KB cut at a line break (or else a sentence end,
// or else a space), each on its own: its buffers stay small and, once MAX_FINDINGS are found,
// the rest cannot change the result (every later finding starts after all of them). A stretch
// starts a paragraph: reported speech and a channel named in the sentence before do not
// reach over the cut.
export const STRETCH = 1 << 15;
const SENTENCE_END = /[.!?\u2026\u3002\uff01\uff1f]["')\u201d\u2019]?\s/g;

/** Where the stretch of `text` starting at `from` ends. */
export function stretchEnd(text: string, from: number): number {
  if (text.length - from <= 2 * STRETCH) return text.length;
  const lo = from + STRETCH;
  const hi = from + 2 * STRETCH;
  // Searched within [lo, hi) only: a text without line breaks must not be read to its end
  // for every stretch.
  const window = text.slice(lo, hi);
  const line = window.indexOf('\n');
  if (line >= 0) return lo + line + 1;
  SENTENCE_END.lastIndex = 0;
  const sentence = SENTENCE_END.exec(window);
  if (sentence) return lo + sentence.index + sentence[0].length;
  const space = window.indexOf(' ');
  if (space >= 0) return lo + space + 1;
  // One unbroken run: cut anywhere but inside a surrogate pair.
  const unit = text.charCodeAt(hi - 1);
  return unit >= 0xd800 && unit <= 0xdbff ? hi - 1 : hi;
}

function collectAll(text: string, rules: readonly Rule[], into: Collector): void {
  for (let from = 0; from < text.length && into.out.length < MAX_FINDINGS;) {
    const to = stretchEnd(text, from);
    collect(text.slice(from, to), from, rules, into);
    from = to;
  }
}

function ruleFindings(
  text: string,
  rules: readonly Rule[],
  keep: (covered: string) => boolean,
): Finding[] {
  if (rules.length === 0) return [];
  const into: Collector = { text, keep, out: [], seen: new Set(), backwards: [] };
  collectAll(text, rules, into);
  if (into.encoded && into.out.length < MAX_FINDINGS) readEncoded(text, rules, into);
  if (into.out.length < MAX_FINDINGS && text.includes(RLO)) readAsShown(text, rules, into);
  if (into.backwards.length === 0 || into.out.length >= MAX_FINDINGS) return into.out;
  // A brand written backwards: the line may be ("ppastahw no em dda"), so it is also read
  // reversed, and what is found there is marked where it was typed. A unit at [a, a + w) of a
  // window [from, to) sits at [n - a - w, n - a) of its reversal, n = to - from.
  for (const [from, to] of backwardsWindows(text, into.backwards)) {
    const back = reversed(text.slice(from, to));
    const n = back.length;
    for (const f of readAgain(back, rules, true)) {
      const finding: Finding = { ...f, start: from + n - f.end, end: from + n - f.start };
      if (f.sentence)
        finding.sentence = { start: from + n - f.sentence.end, end: from + n - f.sentence.start };
      addReadAgain(into, finding);
    }
  }
  return into.out;
}

/**
 * Adds a finding of a second reading (reversed, or as shown), already mapped to where it was
 * typed, unless the forward read found it: a number reads as one either way round, and what
 * the forward read found stays as it was.
 */
function addReadAgain(into: Collector, finding: Finding): void {
  const key = `${finding.ruleId}:${finding.start}:${finding.end}`;
  if (into.seen.has(key) || !into.keep(into.text.slice(finding.start, finding.end))) return;
  const overlaps = (g: Finding): boolean =>
    g.ruleId === finding.ruleId && g.start < finding.end && finding.start < g.end;
  if (into.out.some(overlaps)) return;
  into.seen.add(key);
  into.out.push(finding);
}

// "Write to me: \u202eelpmaxe.liamrof@otrebor\u202c": a right-to-left override makes the
// letters after it show in reverse order (up to a pop of the override or the line's end), so
// an address typed backwards is shown the right way round. Such text is also read as shown.
const RLO = '\u202e';
const PDF = '\u202c';

/**
 * The stretches a right-to-left override shows reversed: from an override to the next pop of
 * it or line end (an override inside one adds nothing), in one pass over the text.
 */
function overridden(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let at = text.indexOf(RLO); at >= 0;) {
    const from = at + 1;
    let to = from;
    while (to < text.length && text.charAt(to) !== PDF && text.charAt(to) !== '\n') to++;
    if (to > from) spans.push([from, to]);
    at = text.indexOf(RLO, to);
  }
  return spans;
}

function readAsShown(text: string, rules: readonly Rule[], into: Collector): void {
  const spans = overridden(text);
  if (spans.length === 0) return;
  let shown = '';
  let copied = 0;
  for (const [from, to] of spans) {
    // Reversed unit by unit, so each unit keeps one place to map back to (a surrogate pair
    // would be split, and stays unmatched, which only loses a finding inside an emoji).
    shown += text.slice(copied, from) + text.slice(from, to).split('').reverse().join('');
    copied = to;
  }
  shown += text.slice(copied);
  /** Where unit i of the text as shown was typed. */
  const typedAt = (i: number): number => {
    // The last span starting at or before i (spans are in order and apart).
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((spans[mid] as [number, number])[0] <= i) lo = mid;
      else hi = mid - 1;
    }
    const [from, to] = spans[lo] as [number, number];
    return i >= from && i < to ? from + to - 1 - i : i;
  };
  for (const f of readAgain(shown, rules)) {
    const a = typedAt(f.start);
    const b = typedAt(Math.max(f.start, f.end - 1));
    const finding: Finding = { ...f, start: Math.min(a, b), end: Math.max(a, b) + 1 };
    if (f.sentence) {
      const c = typedAt(f.sentence.start);
      const d = typedAt(Math.max(f.sentence.start, f.sentence.end - 1));
      finding.sentence = {
        start: Math.min(c, d, finding.start),
        end: Math.max(c + 1, d + 1, finding.end),
      };
    }
    addReadAgain(into, finding);
  }
}

/** The findings of a text read again on its own (reversed, or decoded), every one kept. */
function readAgain(text: string, rules: readonly Rule[], reversedRead = false): Finding[] {
  const again: Collector = {
    text,
    keep: () => true,
    out: [],
    seen: new Set(),
    backwards: [],
    reversedRead,
  };
  collectAll(text, rules, again);
  return again.out;
}

// Text sent in base64 to slip past filters ("decode this: d2hhdHNhcHAgKzEg..."): where the
// message says so, a run of 16 or more base64 units, in both cases, that decodes to printable
// words is read again decoded, together with the rest of its line (so "test fixture:" before
// it still clears it), and what is found in it is marked on the run as typed.
const BASE64_RUN = /[A-Za-z0-9+/]{16,}={0,2}/g;
const WORDISH = /^[\t\n\r -~]*[ @:][\t\n\r -~]*$/;
const LINE_CONTEXT = 160;

/** The printable text a run of base64 stands for, or undefined. */
function decodedWords(run: string): string | undefined {
  if (run.length % 4 !== 0 || !/[A-Z]/.test(run) || !/[a-z]/.test(run)) return undefined;
  let decoded: string;
  try {
    decoded = atob(run);
  } catch {
    return undefined;
  }
  return WORDISH.test(decoded) ? decoded : undefined;
}

/** Decoded reads per message at most: a paste of many short runs costs no more than a few. */
const MAX_DECODED = 16;

function readEncoded(text: string, rules: readonly Rule[], into: Collector): void {
  BASE64_RUN.lastIndex = 0;
  let reads = 0;
  for (
    let m = BASE64_RUN.exec(text);
    m !== null && reads < MAX_DECODED;
    m = BASE64_RUN.exec(text)
  ) {
    const s = m.index;
    const e = s + m[0].length;
    const decoded = decodedWords(m[0]);
    if (decoded === undefined) continue;
    reads++;
    const lineStart = text.lastIndexOf('\n', s - 1) + 1;
    const lineEnd = text.indexOf('\n', e);
    const before = text.slice(Math.max(lineStart, s - LINE_CONTEXT), s);
    const after = text.slice(e, Math.min(lineEnd < 0 ? text.length : lineEnd, e + LINE_CONTEXT));
    const from = before.length;
    const to = from + decoded.length;
    for (const f of readAgain(`${before}${decoded}${after}`, rules)) {
      if (f.end <= from || f.start >= to) continue;
      const key = `${f.ruleId}:${s}:${e}`;
      if (into.seen.has(key) || !into.keep(text.slice(s, e))) continue;
      into.seen.add(key);
      const { sentence: _, ...rest } = f;
      into.out.push({ ...rest, start: s, end: e });
    }
  }
}

/** What a scanner is built from: the user's allowed terms and already compiled patterns. */
export interface ScannerParts {
  allowList?: readonly string[];
  patterns?: readonly CompiledUserPattern[];
  /** false: only the user's patterns (the background matching RE2 patterns for a page). */
  builtIn?: boolean;
}

export function buildScanner(parts: ScannerParts = {}): Scanner {
  const patterns = parts.patterns ?? [];
  const keep = allowListFilter(parts.allowList ?? []);
  const builtIn = parts.builtIn ?? true;
  const preContract = builtIn ? RULE_PACK.rules : [];
  const postContract = preContract.filter((r) => !r.preContractOnly);
  return {
    scan(text: string, scanOptions: { contractActive?: boolean } = {}): ScanResult {
      if (typeof text !== 'string' || text.length === 0) return EMPTY;
      let findings: Finding[];
      try {
        const rules = scanOptions.contractActive ? postContract : preContract;
        findings = [
          ...ruleFindings(text, rules, keep),
          ...userFindings(text, patterns).filter((f) => keep(text.slice(f.start, f.end))),
        ];
      } catch {
        return EMPTY; // the detector reports, it never takes the editor down with it
      }
      findings.sort((x, y) => x.start - y.start || x.end - y.end);
      if (findings.length > MAX_FINDINGS) findings = findings.slice(0, MAX_FINDINGS);
      const present = new Set(findings.map((f) => f.category));
      const categories = CATEGORY_ORDER.filter((c) => present.has(c));
      return { flagged: findings.length > 0, categories, findings };
    },
  };
}
