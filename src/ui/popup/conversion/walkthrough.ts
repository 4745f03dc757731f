import type { ArticleId } from '../facts';

// The official conversion walkthrough (DOMAIN.md), as data: each step's i18n key and
// the help article it rests on. Freelancers have no button of their own: they ask.
export type Role = 'client' | 'freelancer';

export interface Step {
  key: string;
  article: ArticleId;
}

export const WALKTHROUGH: Record<Role, readonly Step[]> = {
  client: [
    { key: 'popup_step_client_contracts', article: 'contractToHire' },
    { key: 'popup_step_client_menu', article: 'contractToHire' },
    { key: 'popup_step_client_request', article: 'contractToHire' },
    { key: 'popup_step_client_accept', article: 'acceptConversion' },
    { key: 'popup_step_client_confirmed', article: 'contractToHire' },
  ],
  freelancer: [
    { key: 'popup_step_freelancer_ask', article: 'acceptConversion' },
    { key: 'popup_step_freelancer_accept', article: 'acceptConversion' },
    { key: 'popup_step_freelancer_wait', article: 'circumvention' },
  ],
};

/** What must not happen before Upwork confirms the conversion. */
export const DO_NOT: readonly Step[] = [
  { key: 'popup_dont_payment_details', article: 'circumvention' },
  { key: 'popup_dont_outside_work', article: 'circumvention' },
  { key: 'popup_dont_ask', article: 'circumvention' },
  { key: 'popup_dont_contact', article: 'contactInfo' },
];

/** What changes once the conversion is done. */
export const AFTERWARDS: readonly string[] = [
  'popup_after_protection',
  'popup_after_disputes',
  'popup_after_tracking',
  'popup_after_own_contract',
];
