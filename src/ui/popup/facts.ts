// Official Upwork help articles the popup cites (see shared/DOMAIN.md), and the
// date their content was last checked against the live pages.
export const FACTS_CHECKED = '2026-11-23';

export const ARTICLES = {
  circumvention: '360052511133',
  feeFormula: '360043723533',
  contractToHire: '17932901778707',
  acceptConversion: '11064052711699',
  afterConversion: '360043210654',
  keepUsingUpwork: '39295017780627',
  contactInfo: '360051749534',
  contactBeforeContract: '17995668426771',
} as const;

export type ArticleId = keyof typeof ARTICLES;

export function helpArticleUrl(number: string): string {
  return `https://support.upwork.com/hc/en-us/articles/${number}`;
}

/** Since May 1, 2022 a relationship over 2 years old converts for a nominal $1. */
export const NOMINAL_ROUTE_SINCE = '2022-05-01';
/** The percentage formula's documented start (April 2020). */
export const FORMULA_SINCE = '2020-04-01';
