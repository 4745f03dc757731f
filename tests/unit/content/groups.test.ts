import { describe, expect, it } from 'vitest';
import type { Finding } from '@/src/detector/types';
import { groupBySentence } from '@/src/content/ui/groups';

const policy = {
  title: 'Circumvention',
  url: 'https://support.upwork.com/',
  checked: '2026-11-23',
};
const finding = (
  ruleId: string,
  start: number,
  end: number,
  severity: Finding['severity'],
  sentence?: [number, number],
  suggestion?: string,
): Finding => ({
  ruleId,
  category: 'payment',
  severity,
  start,
  end,
  message: ruleId,
  policy,
  suggestion,
  sentence: sentence && { start: sentence[0], end: sentence[1] },
});

describe('groupBySentence', () => {
  it('puts the findings of one sentence under one fix, led by the most severe', () => {
    const groups = groupBySentence([
      finding('brand', 20, 26, 'medium', [0, 40], 'fix A'),
      finding('intent', 27, 40, 'high', [0, 40], 'fix B'),
      finding('email', 50, 60, 'high', [41, 70], 'fix C'),
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0]!.lead.ruleId).toBe('intent');
    expect(groups[0]!.findings.map((member) => member.ruleId)).toEqual(['brand', 'intent']);
    expect(groups[1]!.lead.suggestion).toBe('fix C');
  });

  it('keeps the group’s highest severity even when the fix comes from a milder finding', () => {
    const [group] = groupBySentence([
      finding('a', 0, 3, 'high', [0, 9]),
      finding('b', 4, 9, 'low', [0, 9], 'fix'),
    ]);
    expect(group!.lead.suggestion).toBe('fix');
    expect(group!.lead.severity).toBe('high');
  });

  it('leaves findings without a sentence on their own', () => {
    expect(groupBySentence([finding('a', 0, 3, 'low'), finding('b', 5, 9, 'low')])).toHaveLength(2);
  });
});
