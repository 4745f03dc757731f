import type { CorpusRecord } from './corpus';

export interface Outcome {
  record: CorpusRecord;
  flagged: boolean;
  categories: string[];
}

export interface Metrics {
  risky: number;
  benign: number;
  tp: number;
  fp: number;
  recall: number;
  fpr: number;
  precision: number;
}

export function metricsOf(outcomes: readonly Outcome[]): Metrics {
  let risky = 0;
  let benign = 0;
  let tp = 0;
  let fp = 0;
  for (const o of outcomes) {
    if (o.record.risky) {
      risky++;
      if (o.flagged) tp++;
    } else {
      benign++;
      if (o.flagged) fp++;
    }
  }
  return {
    risky,
    benign,
    tp,
    fp,
    recall: risky ? tp / risky : 1,
    fpr: benign ? fp / benign : 0,
    precision: tp + fp ? tp / (tp + fp) : 1,
  };
}

/** Metrics for each value of a grouping key (tag, language); a record may be in several groups. */
export function groupBy(
  outcomes: readonly Outcome[],
  keys: (r: CorpusRecord) => string[],
): Map<string, Metrics> {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    for (const k of keys(o.record)) {
      const list = groups.get(k) ?? [];
      list.push(o);
      groups.set(k, list);
    }
  }
  return new Map(
    [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => [k, metricsOf(list)]),
  );
}
