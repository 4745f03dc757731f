import { POLICIES } from '../policies';
import type { Rule } from './types';
import { REFUSAL_OR_RULES, TECHNICAL } from './shared';

const TALK_HERE =
  "Let's keep our conversation in Upwork Messages until the contract starts; I'm happy to use Upwork's built-in call if a call helps.";
const MESSAGE_CONTACT =
  'Contact details (phone, email, messenger IDs) may not be shared or asked for before a contract starts.';
const NOT_CONTACT = [...REFUSAL_OR_RULES, ...TECHNICAL, 'POSTCONTRACT', 'WORKSYSTEM'] as const;

const contactRule = (id: string, when: Rule['when'], message = MESSAGE_CONTACT): Rule => ({
  id,
  category: 'contact',
  severity: 'high',
  message,
  policy: POLICIES.contactInfo,
  suggestion: TALK_HERE,
  preContractOnly: true,
  when,
});

export const CONTACT_RULES: readonly Rule[] = [
  contactRule('contact.email', { all: ['EMAIL'], none: NOT_CONTACT, anchor: ['EMAIL'] }),
  contactRule('contact.phone', { all: ['PHONE'], none: NOT_CONTACT, anchor: ['PHONE'] }),
  contactRule(
    'contact.messenger-link',
    { all: ['MSGLINK'], none: NOT_CONTACT, anchor: ['MSGLINK'] },
    'A messenger or booking link takes the conversation off Upwork before a contract.',
  ),
  contactRule(
    'contact.channel',
    {
      all: ['CHANNEL'],
      any: [
        [
          'CONTACT_ACT',
          'CONTACT_ASK',
          'RELOCATE',
          'HANDLE',
          'PRECONTRACT',
          'OFFPLATFORM',
          'ELSEWHERE',
          'PHONE',
          'EMAIL',
          'CONTRACT_END', // "I'll send the full address on Telegram once you close the job"
        ],
      ],
      none: NOT_CONTACT,
      anchor: ['CHANNEL'],
    },
    'Moving the conversation to another app or channel before a contract is not allowed; calls and messages stay on Upwork.',
  ),
  contactRule('contact.ask', { all: ['CONTACT_ASK'], none: NOT_CONTACT, anchor: ['CONTACT_ASK'] }),
  contactRule('contact.handle', {
    all: ['HANDLE'],
    any: [['CHANNEL', 'CHANNEL_WEAK', 'CONTACT_ACT', 'CONTACT_ASK', 'RELOCATE']],
    none: NOT_CONTACT,
    anchor: ['HANDLE'],
  }),
  // "reach me there before you decide on the offer": contact moved somewhere named before.
  contactRule('contact.reach-me-there', {
    all: ['CONTACT_ACT', 'RELOCATE', 'PRECONTRACT'],
    none: NOT_CONTACT,
    anchor: ['CONTACT_ACT'],
  }),
  contactRule('contact.details-elsewhere', {
    all: ['CHANNEL_WEAK', 'CONTACT_ACT'],
    any: [['PRECONTRACT', 'OFFPLATFORM', 'ELSEWHERE', 'RELOCATE']],
    none: NOT_CONTACT,
    anchor: ['CHANNEL_WEAK'],
  }),
];
