import type { Finding } from '@/src/detector/types';

export interface Segment {
  text: string;
  finding?: Finding;
}

/** Cuts the sample into plain and flagged pieces; overlapping findings keep the first. */
export function segments(text: string, findings: readonly Finding[]): Segment[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const finding of sorted) {
    if (finding.start < at || finding.end <= finding.start) continue;
    if (finding.start > at) out.push({ text: text.slice(at, finding.start) });
    out.push({ text: text.slice(finding.start, finding.end), finding });
    at = finding.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
