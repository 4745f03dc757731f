import { POLICIES } from '../policies';
import type { Rule } from './types';

const SPOT_SCAM =
  'Thanks, but I only take interviews, payments and onboarding through Upwork. If the role is real, please send the offer here.';

// Scams stay risky after a contract starts, so none of these is pre-contract only.
export const SCAM_RULES: readonly Rule[] = [
  {
    id: 'scam.payment',
    category: 'payment',
    severity: 'high',
    message:
      'This looks like a known scam: a check to deposit, a fee to get hired, or a request for your banking or wallet details.',
    policy: POLICIES.circumvention,
    suggestion: SPOT_SCAM,
    when: { all: ['SCAM'], none: ['RULES', 'REPORTED'], anchor: ['SCAM'] },
  },
  {
    id: 'scam.move-interview',
    category: 'contact',
    severity: 'high',
    message:
      'Fake recruiters move the interview to Telegram or WhatsApp; real clients interview in Upwork Messages.',
    policy: POLICIES.calls,
    suggestion: SPOT_SCAM,
    when: { all: ['SCAM', 'CHANNEL'], none: ['RULES', 'REPORTED'], anchor: ['CHANNEL'] },
  },
];
