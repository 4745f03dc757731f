import { POLICIES } from '../policies';
import type { Rule } from './types';
import { REFUSAL_OR_RULES } from './shared';

const STAY_COMPLIANT =
  "Since we met on Upwork, I'd like to keep our work, messages and payments here. If we ever want a direct arrangement, we can look at Upwork's official conversion process first.";

export const CIRCUMVENTION_RULES: readonly Rule[] = [
  {
    id: 'circumvention.avoid-fee',
    category: 'circumvention',
    severity: 'high',
    message:
      'Proposing to skip the platform fee is circumvention; the official route is the conversion process.',
    policy: POLICIES.circumvention,
    suggestion: STAY_COMPLIANT,
    when: { all: ['FEE_AVOID'], none: [...REFUSAL_OR_RULES, 'TECH'], anchor: ['FEE_AVOID'] },
  },
  {
    id: 'circumvention.off-platform',
    category: 'circumvention',
    severity: 'high',
    message:
      'Moving the work or the conversation outside Upwork breaks the non-circumvention rule for 24 months.',
    policy: POLICIES.circumvention,
    suggestion: STAY_COMPLIANT,
    when: { all: ['OFFPLATFORM'], none: [...REFUSAL_OR_RULES, 'TECH'], anchor: ['OFFPLATFORM'] },
  },
  {
    id: 'circumvention.end-contract',
    category: 'circumvention',
    severity: 'high',
    message:
      'Ending the contract to carry on directly does not free anyone from the rule; only the conversion process does.',
    policy: POLICIES.circumvention,
    suggestion: STAY_COMPLIANT,
    when: {
      all: ['CONTRACT_END'],
      any: [
        [
          'CONTINUE',
          'DIRECT',
          'OWN',
          'OFFPLATFORM',
          'ELSEWHERE',
          'FEE_AVOID',
          'RAIL',
          'RAIL_ASK',
          'PAYLINK',
          'SIDE_DEAL',
          'PAYVERB',
        ],
      ],
      none: REFUSAL_OR_RULES,
      anchor: ['CONTRACT_END'],
    },
  },
  {
    id: 'circumvention.work-directly',
    category: 'circumvention',
    severity: 'medium',
    message:
      'Working or hiring directly with someone you met on Upwork needs the official conversion first.',
    policy: POLICIES.circumvention,
    suggestion: STAY_COMPLIANT,
    when: {
      all: ['CONTINUE'],
      any: [['DIRECT', 'ELSEWHERE']],
      none: [...REFUSAL_OR_RULES, 'TECH'],
      anchor: ['DIRECT', 'ELSEWHERE', 'CONTINUE'],
    },
  },
  {
    id: 'circumvention.move-elsewhere',
    category: 'circumvention',
    severity: 'medium',
    message:
      'Taking the conversation somewhere else is the first step off the platform; before a contract it is also a contact-rule breach.',
    policy: POLICIES.circumvention,
    suggestion: STAY_COMPLIANT,
    when: {
      all: ['ELSEWHERE', 'CONTACT_ACT'],
      none: [...REFUSAL_OR_RULES, 'TECH', 'POSTCONTRACT'],
      anchor: ['ELSEWHERE'],
    },
  },
  {
    id: 'circumvention.secrecy',
    category: 'circumvention',
    severity: 'high',
    message: 'Hiding the deal from the platform is a strong sign of circumvention.',
    policy: POLICIES.circumvention,
    suggestion: STAY_COMPLIANT,
    when: { all: ['SECRECY'], none: REFUSAL_OR_RULES, anchor: ['SECRECY'] },
  },
  {
    id: 'circumvention.side-deal',
    category: 'circumvention',
    severity: 'high',
    message: 'Settling part of the price outside the contract is circumvention.',
    policy: POLICIES.circumvention,
    suggestion: STAY_COMPLIANT,
    when: {
      all: ['SIDE_DEAL'],
      any: [
        [
          'PAYVERB',
          'SENDVERB', // "I'll send the real amount the other way"
          'DIRECT',
          'OWN',
          'OFFPLATFORM',
          'ELSEWHERE',
          'CONTRACTWORD',
          'RAIL',
          'CONTRACT_END',
          'CONTINUE',
        ],
      ],
      none: REFUSAL_OR_RULES,
      anchor: ['SIDE_DEAL'],
    },
  },
];
