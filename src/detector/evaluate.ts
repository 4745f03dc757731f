import type { Concept } from './lexicon/concepts';
import type { Occurrence } from './match-phrases';
import type { Rule } from './rules/types';

/** A rule that fired in a sentence, with the occurrence to highlight (normalised offsets). */
export interface RuleHit {
  rule: Rule;
  anchor: Occurrence;
}

export interface SentenceView {
  /** Un-negated occurrences by concept. */
  live: Map<Concept, Occurrence[]>;
  /** Every concept present, negated or not (blockers look at these). */
  present: Set<Concept>;
}

export function viewOf(occ: readonly Occurrence[]): SentenceView {
  const live = new Map<Concept, Occurrence[]>();
  const present = new Set<Concept>();
  for (const o of occ) {
    present.add(o.concept);
    if (o.negated) continue;
    const list = live.get(o.concept);
    if (list) list.push(o);
    else live.set(o.concept, [o]);
  }
  return { live, present };
}

function fires(rule: Rule, view: SentenceView): boolean {
  const { all, any, none } = rule.when;
  for (const c of all) if (!view.live.has(c)) return false;
  for (const group of any ?? []) if (!group.some((c) => view.live.has(c))) return false;
  for (const c of none ?? []) if (view.present.has(c)) return false;
  return true;
}

/** The first anchor concept present; all its occurrences in the sentence form one span. */
function anchorOf(rule: Rule, view: SentenceView): Occurrence | undefined {
  for (const c of rule.when.anchor) {
    const list = view.live.get(c);
    if (!list || list.length === 0) continue;
    const first = list.reduce((a, b) => (b.s < a.s ? b : a));
    const last = list.reduce((a, b) => (b.e > a.e ? b : a));
    return first === last ? first : { ...first, e: last.e, t1: last.t1 };
  }
  return undefined;
}

export function evaluateSentence(rules: readonly Rule[], view: SentenceView, out: RuleHit[]): void {
  for (const rule of rules) {
    if (!fires(rule, view)) continue;
    const anchor = anchorOf(rule, view);
    if (anchor) out.push({ rule, anchor });
  }
}
