import type { PolicyRef } from './types';

// Upwork help-centre articles (DOMAIN.md). `checked` is when a person last compared our
// wording with the official page; the UI shows it beside every fact.
const CHECKED = '2026-11-23';
const ARTICLE = 'https://support.upwork.com/hc/en-us/articles/';

export const POLICIES = {
  circumvention: {
    title: 'Upwork: Circumvention',
    url: `${ARTICLE}360052511133`,
    checked: CHECKED,
  },
  contactInfo: {
    title: 'Upwork: Sharing contact information before a contract',
    url: `${ARTICLE}360051749534`,
    checked: CHECKED,
  },
  calls: {
    title: 'Upwork: Messages and calls before a contract',
    url: `${ARTICLE}360052511833`,
    checked: CHECKED,
  },
  conversion: { title: 'Upwork: Conversion fee', url: `${ARTICLE}360043723533`, checked: CHECKED },
  contractToHire: {
    title: 'Upwork: Use contract-to-hire',
    url: `${ARTICLE}17932901778707`,
    checked: CHECKED,
  },
} as const satisfies Record<string, PolicyRef>;
