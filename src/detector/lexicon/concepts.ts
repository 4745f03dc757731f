// The vocabulary of intent. Lexicon phrases and structure detectors emit these; rules
// combine them per sentence.
export const CONCEPTS = [
  'RAIL', // a way to pay outside the platform: PayPal, wire, crypto...
  'RAIL_WEAK', // a rail word that is only a rail after "via/by/my": wise, card, coins
  'RAIL_ASK', // the rail used as a verb: "paypal me"
  'PAYVERB', // paying, being paid, invoicing
  'SENDVERB', // send / transfer / drop: a payment verb only beside a rail ("send the bitcoin")
  'BANKDATA', // IBAN, account number, wallet address
  'PAYLINK', // paypal.me, cash.app/$tag, buy.stripe.com
  'CHANNEL', // a way to talk outside: WhatsApp, email, phone
  'CHANNEL_WEAK', // only a channel beside a contact verb: number, line, signal
  'CONTACT_ACT', // add me, text me, write to me, talk there
  'CONTACT_ASK', // a complete contact request: "send me your digits", "my number is"
  'EMAIL', // an email address, also written with at/dot words
  'PHONE', // a phone number, also in spelled-out digits
  'MSGLINK', // wa.me, t.me, discord.gg, skype live: links
  'HANDLE', // @name, $cashtag
  'OFFPLATFORM', // outside the platform, privately, off-site
  'ELSEWHERE', // instead of the milestone, not here, rather than this site
  'DIRECT', // directly, straight to me
  'OWN', // myself, my own website: paying around the platform
  'PREFERENCE', // is easiest / works for me (beside a rail)
  'OUTSIDE', // outside / off / fuera de ... (pairs with PLATNOUN)
  'INSTEAD', // instead of / rather than / not (pairs with PLATNOUN)
  'COMPARE', // cheaper / easier / faster (pairs with PLATNOUN)
  'NONEED', // no need / don't need (pairs with PLATNOUN)
  'PLATNOUN', // the platform, this site, here, the milestone
  'AVOID', // skip / avoid / save / without (pairs with FEEWORD)
  'FEEWORD', // fee, cut, commission
  'FEE_AVOID', // derived: avoiding the platform's fee
  'ENDVERB', // end / close / cancel (pairs with CONTRACTWORD)
  'CONTRACTWORD', // contract, offer, job
  'CONTRACT_END', // derived or phrase: ending the contract
  'CONTINUE', // keep working, continue, hire, deal
  'PRECONTRACT', // before the offer / before you hire
  'BEFORE', // before / antes / vor / до (pairs with CONTRACTWORD into PRECONTRACT)
  'RELOCATE', // there, over there, move to
  'SECRECY', // they read everything here, don't mention
  'SIDE_DEAL', // make up the difference, the real budget between us
  'SCAM', // fake check, training fee, payout verification
  'NEG', // can't, won't, never (negates what follows in the clause)
  'NEG_AFTER', // nahi, nahin (negates what precedes)
  'RULES', // quoting or discussing the platform rules
  'CONVERSION', // the official conversion process
  'TECH', // technical work: API, webhook, sandbox, bot
  'COPYWORK', // writing copy, placeholders, translations, examples
  'DELIVERABLE', // a piece being written or designed (banner, caption): copy only when quoted
  'REPORTED', // reported speech or a report to support
  'POSTCONTRACT', // once the contract has started
  'ONPLATFORM_ONLY', // only through Upwork
  'WORKSYSTEM', // GitHub, repo access: allowed before a contract
  'IDWORD', // order id, SKU, tracking: digits that follow are not a phone
  'THIRDPARTY', // employees, customers, suppliers: others who pay or are paid
  'REFUSED', // "I won't do that", "it isn't allowed": a refusal of what was just said
  'RETRACTED', // "never mind", "scratch that": the writer takes back the sentence before
  'DOCUMENT', // a work document named at a message's start: "Reconciliation notes for March:"
  'STARTWORD', // "project", "signed", "kicked off": may say the contract started (scanner.ts)
  'NEUTRAL', // consumes words so they do not trigger anything
  'BACKWARDS', // a brand or channel written backwards: the message is also read reversed
  'ENCODED', // "decode this", "base64": base64 in the message is also read decoded (scanner.ts)
] as const;

export type Concept = (typeof CONCEPTS)[number];
