// Per-site knowledge lives here as data: where each marketplace runs, and which
// of them are on by default. Selectors for threads and send buttons live in
// src/content/sites.ts next to the code that reads them.
export const UPWORK_MATCHES = ['https://www.upwork.com/*', 'https://upwork.com/*'];

export const SITES = {
  upwork: { label: 'Upwork', matches: UPWORK_MATCHES, defaultOn: true },
  fiverr: { label: 'Fiverr', matches: ['https://*.fiverr.com/*'], defaultOn: false },
  freelancer: {
    label: 'Freelancer.com',
    matches: ['https://*.freelancer.com/*'],
    defaultOn: false,
  },
  peopleperhour: {
    label: 'PeoplePerHour',
    matches: ['https://*.peopleperhour.com/*'],
    defaultOn: false,
  },
} as const;

export type SiteId = keyof typeof SITES;
export const SITE_IDS = Object.keys(SITES) as SiteId[];
