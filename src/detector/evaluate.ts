import { CONCEPTS, type Concept } from './lexicon/concepts';
import type { Occurrence } from './match-phrases';
import type { Rule } from './rules/types';

/** A rule that fired in a sentence, with the occurrence to highlight (normalised offsets). */
export interface RuleHit {
  rule: Rule;
  anchor: Occurrence;
}

// Concept sets as two 32-bit masks, so judging a rule is a handful of integer operations.
const BIT = new Map<Concept, number>(CONCEPTS.map((c, i) => [c, i]));
export interface Mask {
  lo: number;
  hi: number;
}

/** Sets the bit of `concept` in `m`. */
function setBit(m: Mask, concept: Concept): void {
  const b = BIT.get(concept) ?? 0;
  if (b < 32) m.lo |= 1 << b;
  else m.hi |= 1 << (b - 32);
}

export function maskOf(concepts: readonly Concept[]): Mask {
  const m = { lo: 0, hi: 0 };
  for (const c of concepts) setBit(m, c);
  return m;
}

/** Every concept present in `occ`, negated or not, written into `into`. */
export function presentInto(occ: readonly Occurrence[], into: Mask): Mask {
  into.lo = 0;
  into.hi = 0;
  for (const o of occ) setBit(into, o.concept);
  return into;
}

/** True when `set` holds nothing outside `allowed`. */
export const within = (set: Mask, allowed: Mask): boolean =>
  (set.lo & ~allowed.lo) === 0 && (set.hi & ~allowed.hi) === 0;

const covers = (set: Mask, need: Mask): boolean =>
  (set.lo & need.lo) === need.lo && (set.hi & need.hi) === need.hi;
export const meets = (set: Mask, any: Mask): boolean =>
  (set.lo & any.lo) !== 0 || (set.hi & any.hi) !== 0;

interface CompiledRule {
  rule: Rule;
  all: Mask;
  any: Mask[];
  none: Mask;
}

const compiled = new WeakMap<Rule, CompiledRule>();
function compile(rule: Rule): CompiledRule {
  let c = compiled.get(rule);
  if (!c) {
    c = {
      rule,
      all: maskOf(rule.when.all),
      any: (rule.when.any ?? []).map(maskOf),
      none: maskOf(rule.when.none ?? []),
    };
    compiled.set(rule, c);
  }
  return c;
}

export interface SentenceView {
  occ: readonly Occurrence[];
  /** Concepts with an un-negated occurrence. */
  live: Mask;
  /** Every concept present, negated or not (blockers look at these). */
  present: Mask;
}

export function viewOf(occ: readonly Occurrence[]): SentenceView {
  const live = { lo: 0, hi: 0 };
  for (const o of occ) if (!o.negated) setBit(live, o.concept);
  return { occ, live, present: presentInto(occ, { lo: 0, hi: 0 }) };
}

/** The first anchor concept present; all its live occurrences in the sentence form one span. */
function anchorOf(rule: Rule, view: SentenceView): Occurrence | undefined {
  for (const c of rule.when.anchor) {
    let first: Occurrence | undefined;
    let last: Occurrence | undefined;
    for (const o of view.occ) {
      if (o.concept !== c || o.negated) continue;
      if (!first || o.s < first.s) first = o;
      if (!last || o.e > last.e) last = o;
    }
    if (!first || !last) continue;
    if (first === last) return first;
    return { concept: c, t0: first.t0, t1: last.t1, s: first.s, e: last.e, negated: false };
  }
  return undefined;
}

// Rule lists are compiled once each too: long text evaluates thousands of sentences.
const compiledLists = new WeakMap<readonly Rule[], readonly CompiledRule[]>();
function compileAll(rules: readonly Rule[]): readonly CompiledRule[] {
  let list = compiledLists.get(rules);
  if (!list) {
    list = rules.map(compile);
    compiledLists.set(rules, list);
  }
  return list;
}

function meetsAll(set: Mask, any: readonly Mask[]): boolean {
  for (const m of any) if (!meets(set, m)) return false;
  return true;
}

export function evaluateSentence(rules: readonly Rule[], view: SentenceView, out: RuleHit[]): void {
  for (const c of compileAll(rules)) {
    if (!covers(view.live, c.all) || meets(view.present, c.none)) continue;
    if (!meetsAll(view.live, c.any)) continue;
    const anchor = anchorOf(c.rule, view);
    if (anchor) out.push({ rule: c.rule, anchor });
  }
}
