import type { Concept } from '../lexicon/concepts';

// Blocker sets reused by many rules.
export const REFUSAL_OR_RULES: readonly Concept[] = [
  'RULES',
  'CONVERSION',
  'REPORTED',
  'ONPLATFORM_ONLY',
];
export const TECHNICAL: readonly Concept[] = ['TECH', 'COPYWORK', 'DELIVERABLE'];
export const LEAVING: readonly Concept[] = [
  'OFFPLATFORM',
  'ELSEWHERE',
  'FEE_AVOID',
  'DIRECT',
  'CONTRACT_END',
  'SIDE_DEAL',
  'SECRECY',
];
