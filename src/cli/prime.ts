import type { Scanner } from '../detector/index';

// JIT warm-up for batch scanning. V8 compiles a hot loop with the types it has seen so far;
// a path first taken later (a new word, a long token, a two-byte string, a buffer growing)
// throws the compiled code away and the loop runs slowly until it is compiled again. On a
// long export that costs most of the first few megabytes, so the CLI first scans a small
// sample that takes every such path, as part of its start-up (about two tenths of a second).
const SAMPLES: readonly string[] = [
  'Hi Maria, I pushed the homepage changes to staging, could you take a look?',
  'The PayPal checkout webhook fails on refunds; I will add a retry and a log line.',
  "Can you pay me on PayPal directly? We'd both skip the fee.",
  'Let’s continue on WhatsApp: +1 (415) 555-0134, or wa.me/14155550134.',
  'Email me at jane dot doe at gmail dot com, or jane.doe@example.com.',
  'p a y p a l, P-A-Y-P-A-L, p4yp4l, раураl, ｐａｙｐａｌ and payp\u200bal all look alike.',
  "I can't accept payment outside Upwork, but a milestone here works for me.",
  'Send it to my IBAN DE89 3704 0044 0532 0130 00 or my wallet 0x52908400098527886E0F7030069857D2E4169EE7.',
  'The meeting is 09:00 - 12:00 on 2026-11-23, budget $1,250.00, version 2.4.1, order #88231.',
  'My Telegram is @pixel_forge_studio [at] t [dot] me 😀🔥👍',
  '¿Podemos seguir por WhatsApp y pagar por Bizum sin la comisión de la plataforma?',
  'Podemos continuar pelo Pix fora da plataforma para evitar a taxa?',
  'On peut continuer par e-mail et je te paie par virement, sans les frais ?',
  'Können wir direkt per Überweisung zahlen und die Gebühr sparen?',
  'Bhai payment direct UPI pe kar do, Upwork ki fees nahi lagegi.',
  'Давай продолжим в Телеграме, оплата на карту напрямую.',
  'Transfer aja ke rekening saya, nggak usah lewat platform.',
  'She said: "Questions? Email us." Then we moved on.',
  'e.g. Mr. Smith asked for the data-entry template, the well-known one, etc.',
  `A long token: ${'x'.repeat(40)} and https://example.com/${'a'.repeat(60)}.`,
];

/**
 * Three thousand made-up words, so the word cache's slots fill up and it evicts (a path a
 * handful of samples never takes, which otherwise cost the first megabyte a de-optimisation).
 */
function vocabulary(): string {
  const syllables = ['ka', 'lo', 'mi', 'ten', 'ra', 'vos', 'qu', 'el', 'bri', 'dan', 'sor', 'pe'];
  const words: string[] = [];
  for (let k = 0; words.length < 3000; k++) {
    let word = '';
    for (let x = k + 12; x > 0; x = Math.floor(x / 12)) word += syllables[x % 12] ?? '';
    words.push(k % 10 === 9 ? `${word}.\n` : word);
  }
  return words.join(' ');
}

/** The text as the CLI receives it: a fresh flat string out of JSON.parse. */
const asInput = (text: string): string => JSON.parse(JSON.stringify(text)) as string;
const ASCII = /^[\t\n\r -~]*$/;

export function prime(scanner: Scanner): void {
  for (const contractActive of [false, true])
    for (const text of SAMPLES) scanner.scan(asInput(text), { contractActive });
  scanner.scan(asInput(vocabulary()));
  // Long messages too, plain ASCII and not (strings of either kind take different paths),
  // so the paths of long text and growing buffers are compiled as well. Three rounds: with
  // one, the first megabyte of an export still ran ~60% slower than the next (measured).
  const ascii = SAMPLES.filter((t) => ASCII.test(t));
  for (let round = 0; round < 3; round++)
    for (const list of [ascii, SAMPLES]) {
      let long = '';
      for (let k = round; long.length < 1 << 17; k++) long += `${list[k % list.length] ?? ''}\n`;
      scanner.scan(asInput(long));
      scanner.scan(asInput(long.toUpperCase()));
    }
}
