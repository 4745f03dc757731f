import { POLICIES } from '../policies';
import type { Rule } from './types';
import { LEAVING, REFUSAL_OR_RULES, TECHNICAL } from './shared';

const KEEP_PAYMENT_HERE =
  "I'd like to keep payments on Upwork so we're both protected. Could we set this up as a milestone here?";
const MESSAGE_RAIL =
  'Asking or agreeing to be paid outside Upwork (PayPal, bank transfer, crypto...) counts as circumvention, even if it is never done.';

export const PAYMENT_RULES: readonly Rule[] = [
  {
    id: 'payment.offplatform-rail',
    category: 'payment',
    severity: 'high',
    message: MESSAGE_RAIL,
    policy: POLICIES.circumvention,
    suggestion: KEEP_PAYMENT_HERE,
    when: {
      all: ['RAIL'],
      any: [['PAYVERB', 'SENDVERB', 'HANDLE', 'PREFERENCE', 'BANKDATA', ...LEAVING, 'OWN']],
      none: [...REFUSAL_OR_RULES, ...TECHNICAL],
      anchor: ['RAIL'],
    },
  },
  {
    id: 'payment.rail-as-verb',
    category: 'payment',
    severity: 'high',
    message: MESSAGE_RAIL,
    policy: POLICIES.circumvention,
    suggestion: KEEP_PAYMENT_HERE,
    when: { all: ['RAIL_ASK'], none: [...REFUSAL_OR_RULES, ...TECHNICAL], anchor: ['RAIL_ASK'] },
  },
  {
    id: 'payment.link',
    category: 'payment',
    severity: 'high',
    message:
      'A personal payment link moves the payment off Upwork, where neither side is protected.',
    policy: POLICIES.circumvention,
    suggestion: KEEP_PAYMENT_HERE,
    when: { all: ['PAYLINK'], none: [...REFUSAL_OR_RULES, ...TECHNICAL], anchor: ['PAYLINK'] },
  },
  {
    id: 'payment.account-details',
    category: 'payment',
    severity: 'high',
    message: 'Sharing bank or wallet details for payment moves the payment off Upwork.',
    policy: POLICIES.circumvention,
    suggestion: KEEP_PAYMENT_HERE,
    when: { all: ['BANKDATA'], none: [...REFUSAL_OR_RULES, ...TECHNICAL], anchor: ['BANKDATA'] },
  },
  {
    id: 'payment.outside',
    category: 'payment',
    severity: 'high',
    message:
      'Paying or being paid around Upwork (directly, on the side, to skip the fee) is circumvention.',
    policy: POLICIES.circumvention,
    suggestion: KEEP_PAYMENT_HERE,
    when: {
      all: ['PAYVERB'],
      any: [[...LEAVING, 'OWN']],
      none: [...REFUSAL_OR_RULES, ...TECHNICAL],
      anchor: [
        'OFFPLATFORM',
        'ELSEWHERE',
        'FEE_AVOID',
        'DIRECT',
        'OWN',
        'SIDE_DEAL',
        'CONTRACT_END',
        'SECRECY',
        'PAYVERB',
      ],
    },
  },
];
