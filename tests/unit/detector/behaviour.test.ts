import { describe, expect, it } from 'vitest';
import { scan } from '@/src/detector';
import type { Category } from '@/src/detector/types';

// [text, expected category, text the highlight must cover]
const RISKY: ReadonlyArray<readonly [string, Category, string]> = [
  ['Can you pay me on PayPal directly? Fewer fees for both of us.', 'payment', 'PayPal'],
  ['I accept Zelle, Venmo and Cash App, much better than Upwork taking 10%.', 'payment', 'Zelle'],
  [
    'Send the remaining $600 to my Wise account instead of funding the milestone.',
    'payment',
    'Wise',
  ],
  [
    'Here is my link: paypal.me/lucasdesignlab, send the deposit there.',
    'payment',
    'paypal.me/lucasdesignlab',
  ],
  [
    'Please transfer the payment to my IBAN DE89 3704 0044 0532 0130 00 instead of the milestone.',
    'payment',
    'DE89 3704 0044 0532 0130 00',
  ],
  ['p4yp4l m3 th3 b4l4nc3 & w3 sk1p th3 f33', 'payment', 'p4yp4l m3'],
  ['I can take p a y p a l for the rest', 'payment', 'p a y p a l'],
  ['Can you pay me on P\u0430yP\u0430l directly?', 'payment', 'P\u0430yP\u0430l'],
  ['Pay\u200bPal me the rest and I will mark the milestone as done', 'payment', 'Pay\u200bPal me'],
  [
    'Let\u2019s settle the rest outside of here to skip their cut.',
    'circumvention',
    'skip their cut',
  ],
  ['I\u2019ll send my details so we can carry on privately.', 'circumvention', 'privately'],
  [
    'We could finish the job outside this site, without the deductions.',
    'circumvention',
    'outside this site',
  ],
  [
    'Let\u2019s end the contract after this milestone and continue directly.',
    'circumvention',
    'end the contract',
  ],
  ['Add me on Telegram @pixel_forge_studio before we start.', 'contact', 'Telegram'],
  ['Call me before you send the offer: +1 (312) 555-0186', 'contact', '+1 (312) 555-0186'],
  [
    'reach me at carlos dot m dot dev at gmail dot com before you hire',
    'contact',
    'carlos dot m dot dev at gmail dot com',
  ],
  ['priya [at] protonmail [dot] com, write there', 'contact', 'priya [at] protonmail [dot] com'],
  [
    'It\u2019s oh seven seven double oh, nine double oh, four eight one. Ring me.',
    'contact',
    'oh seven seven double oh, nine double oh, four eight one',
  ],
  [
    'Meine Nummer ist null eins f\u00fcnf eins, eins zwei drei, vier f\u00fcnf sechs sieben.',
    'contact',
    'null eins f\u00fcnf eins, eins zwei drei, vier f\u00fcnf sechs sieben',
  ],
  [
    // Italian digits, with "più" read out for the plus of the country code.
    'Scrivimi prima dell\u2019offerta: pi\u00f9 tre nove, tre quattro sette, uno due tre, quattro cinque sei sette.',
    'contact',
    'pi\u00f9 tre nove, tre quattro sette, uno due tre, quattro cinque sei sette',
  ],
  ['\ud83d\udcde +44 7700 900 623 message me there, not here', 'contact', '+44 7700 900 623'],
  ['Tap this to chat before you hire: https://wa.me/447700900312', 'contact', 'wa.me/447700900312'],
  [
    '\ud835\udc16\ud835\udc21\ud835\udc1a\ud835\udc2d\ud835\udc2c\ud835\udc00\ud835\udc29\ud835\udc29 me before you hire',
    'contact',
    '\ud835\udc16\ud835\udc21\ud835\udc1a\ud835\udc2d\ud835\udc2c\ud835\udc00\ud835\udc29\ud835\udc29',
  ],
  [
    'Do you use the green chat app? I\u2019ll message you there before the offer.',
    'contact',
    'green chat app',
  ],
  [
    '\u00bfMe puedes pagar por PayPal directamente? As\u00ed nos ahorramos la comisi\u00f3n.',
    'payment',
    'PayPal',
  ],
  ['Posso te pagar via Pix? Fica mais barato do que pela plataforma.', 'payment', 'Pix'],
  [
    'Est-ce que je peux vous payer par virement bancaire directement ?',
    'payment',
    'virement bancaire',
  ],
  [
    'K\u00f6nnen Sie mir den Rest per \u00dcberweisung schicken statt \u00fcber den Meilenstein?',
    'payment',
    '\u00dcberweisung',
  ],
  ['Bhai payment seedha mere UPI pe bhej do, Upwork fees bach jaye gi.', 'payment', 'UPI'],
  [
    '\u0417\u0430\u043a\u0440\u043e\u0435\u043c \u043a\u043e\u043d\u0442\u0440\u0430\u043a\u0442 \u0437\u0434\u0435\u0441\u044c \u0438 \u0434\u0430\u043b\u044c\u0448\u0435 \u0431\u0443\u0434\u0435\u043c \u0440\u0430\u0431\u043e\u0442\u0430\u0442\u044c \u043d\u0430\u043f\u0440\u044f\u043c\u0443\u044e.',
    'circumvention',
    '\u043d\u0430\u043f\u0440\u044f\u043c\u0443\u044e',
  ],
  ['Boleh minta nomor WA kamu? Kita ngobrol di sana aja sebelum kontrak dimulai.', 'contact', 'WA'],
  ['We\u2019ll mail you a check, deposit it and wire the rest to our vendor.', 'payment', 'check'],
  ['Please contact our HR manager on Telegram to complete your interview.', 'contact', 'Telegram'],
];

const BENIGN: readonly string[] = [
  'The PayPal checkout webhook fails on refunds; I added a retry.',
  'The Mailchimp welcome email goes out five minutes after signup.',
  'The WhatsApp Business API bot now answers ORDER STATUS with the tracking link.',
  'The phone field now validates E.164, so +14155550123 passes.',
  'I can\u2019t accept payment outside Upwork, but I can set up a milestone.',
  'Upwork\u2019s terms say all payments stay on the platform for 24 months.',
  'If you want to hire me directly, let\u2019s use Upwork\u2019s official conversion process.',
  'Could you fund the next milestone ($450) so I can start on the API section?',
  'Our support hours are 0900 - 1200 eastern, Monday to Friday.',
  'Order ID 9845-612-337 is the one with the wrong SKU.',
  'We upgraded from Node 18.19.1 to 20.11.0 yesterday.',
  'Coordinates for the store locator: 40.748817, -73.985428.',
  'Total budget is $1,250.00 across 3 milestones.',
  'I\u2019d rather not move to Telegram. Until a contract is in place, all communication stays in Upwork Messages.',
  '\u0418\u0441\u043f\u0440\u0430\u0432\u0438\u043b \u043e\u0448\u0438\u0431\u043a\u0443 \u0441 \u0437\u0430\u0433\u0440\u0443\u0437\u043a\u043e\u0439 \u0438\u0437\u043e\u0431\u0440\u0430\u0436\u0435\u043d\u0438\u0439.',
  'Please invite me to the GitHub repo; my GitHub username is the same as my name here.',
  'I sent you a direct message in the Upwork chat with the updated mockups.',
];

describe('scan: risky messages', () => {
  it.each(RISKY)('%s', (text, category, covered) => {
    const result = scan(text);
    expect(result.flagged).toBe(true);
    expect(result.categories).toContain(category);
    const at = text.indexOf(covered);
    const covering = result.findings.filter((f) => f.start <= at && f.end >= at + covered.length);
    expect(covering.length, `a finding covers "${covered}"`).toBeGreaterThan(0);
  });
});

describe('scan: benign look-alikes', () => {
  it.each(BENIGN)('%s', (text) => {
    expect(scan(text).findings).toEqual([]);
  });
});

describe('scan: reported speech', () => {
  const story = 'A client asked me to take the payment on PayPal to skip the fee. I said no.';
  const ask = 'Can you pay me on PayPal directly? Fewer fees for both of us.';
  const work = 'I pushed the homepage changes to staging.';

  it('a reported request is not flagged as the writer asking', () => {
    expect(scan(story).findings).toEqual([]);
  });

  it('a reported request in one paragraph does not clear an ask in the next', () => {
    const text = `${story}\n${ask}`;
    const result = scan(text);
    expect(result.flagged).toBe(true);
    expect(result.findings.every((f) => f.start >= story.length)).toBe(true);
  });

  it('a reported request does not clear an ask many sentences later in a long paste', () => {
    const text = [story, ...Array<string>(20).fill(work), ask].join(' ');
    const result = scan(text);
    expect(result.flagged).toBe(true);
    expect(result.findings.every((f) => f.start > text.lastIndexOf(work))).toBe(true);
  });
});
