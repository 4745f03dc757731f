import type { Finding, Severity } from '@/src/detector/types';

// Findings in one sentence share one fix: the card shows them together, led by
// the most severe, so "Use compliant wording" appears once per sentence.
export interface FindingGroup {
  lead: Finding;
  findings: Finding[];
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function groupBySentence(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = finding.sentence
      ? `${finding.sentence.start}:${finding.sentence.end}`
      : `${finding.start}:${finding.end}:${finding.ruleId}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups.values()].map((members) => {
    const sorted = [...members].sort(
      (a, b) => RANK[a.severity] - RANK[b.severity] || a.start - b.start,
    );
    const lead = sorted.find((finding) => finding.suggestion) ?? sorted[0]!;
    return {
      lead: { ...lead, severity: sorted[0]!.severity },
      findings: members.sort((a, b) => a.start - b.start),
    };
  });
}
