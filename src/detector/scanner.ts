import { analyse } from './analyse';
import type { Concept } from './lexicon/concepts';
import type { Occurrence } from './match-phrases';
import type { Sentence } from './sentences';
import type { Tokens } from './tokens';
import { derivePairs } from './derive';
import { evaluateSentence, type RuleHit, viewOf } from './evaluate';
import { applyNegation } from './negation';
import { toOriginal } from './normalize/normalize';
import { RULE_PACK } from './rules/pack';
import type { Rule } from './rules/types';
import type { Category, Finding, ScanOptions, ScanResult } from './types';
import { compileUserPatterns } from './user-patterns';
import { userFindings } from './user-findings';
import { allowListFilter } from './allow-list';

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
  'RULES',
  'CONVERSION',
  'REPORTED',
  'NEG',
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
): T[] {
  if (reported.length === 0) return hits;
  let r = 0;
  return hits.filter(({ sentence }) => {
    while (r < reported.length && (reported[r] ?? 0) < sentence - REPORTED_REACH) r++;
    for (let k = r; k < reported.length && (reported[k] ?? 0) <= sentence + REPORTED_REACH; k++)
      if (paragraph[reported[k] ?? 0] === paragraph[sentence]) return false;
    return true;
  });
}

/** Where the findings of one stretch of a text go: original offsets, deduplicated, kept. */
interface Collector {
  text: string;
  keep: (covered: string) => boolean;
  out: Finding[];
  seen: Set<string>;
}

/** The findings of `text.slice(base, base + part.length)`, judged on their own. */
function collect(part: string, base: number, rules: readonly Rule[], into: Collector): void {
  let hits: Array<RuleHit & { sentence: number }> = [];
  let previous: Occurrence[] = [];
  const reported: number[] = [];
  const paragraph: number[] = [];
  const a = analyse(part, (occ, i, { norm, tokens, sentences }) => {
    const para = i === 0 ? 0 : (paragraph[i - 1] ?? 0);
    paragraph.push(
      i > 0 && startsParagraph(norm.text, tokens, sentences[i] as Sentence) ? para + 1 : para,
    );
    if (occ.some((o) => o.concept === 'REPORTED')) reported.push(i);
    if (occ.length < 1) {
      previous = occ;
      return;
    }
    if (
      !occ.some((o) => TRIGGERS.has(o.concept)) &&
      !previous.some((o) => CARRIED.has(o.concept))
    ) {
      previous = occ;
      return;
    }
    derivePairs(occ);
    applyNegation(norm.text, tokens, occ);
    const before = hits.length;
    const extra = carried(previous);
    evaluateSentence(rules, viewOf(extra.length > 0 ? [...occ, ...extra] : occ), hits as RuleHit[]);
    previous = occ;
    for (let k = before; k < hits.length; k++)
      (hits[k] as RuleHit & { sentence: number }).sentence = i;
  });
  hits = dropReported(hits, reported, paragraph);
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
      const [ss, se] = toOriginal(a.norm, sent.s, Math.max(sent.s + 1, sent.e));
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

function ruleFindings(
  text: string,
  rules: readonly Rule[],
  keep: (covered: string) => boolean,
): Finding[] {
  const into: Collector = { text, keep, out: [], seen: new Set() };
  for (let from = 0; from < text.length && into.out.length < MAX_FINDINGS;) {
    const to = stretchEnd(text, from);
    collect(text.slice(from, to), from, rules, into);
    from = to;
  }
  return into.out;
}

export function createScanner(options: Omit<ScanOptions, 'contractActive'> = {}): Scanner {
  const { patterns } = compileUserPatterns(options.userPatterns ?? []);
  const keep = allowListFilter(options.allowList ?? []);
  const preContract = RULE_PACK.rules;
  const postContract = RULE_PACK.rules.filter((r) => !r.preContractOnly);
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
