import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScanner } from '@/src/detector';

const numRuns = Number(process.env.FC_RUNS ?? 1000);
const scanner = createScanner({
  userPatterns: [
    { id: 'evil', kind: 'regex', source: '(a+)+$', category: 'contact', severity: 'low' },
    { id: 'phrase', kind: 'phrase', source: 'pay pal', category: 'payment', severity: 'low' },
  ],
  allowList: ['zoom'],
});

// Pieces that stress normalisation: look-alikes, invisibles, RTL, surrogates, triggers.
const PIECES = [
  'PayPal',
  'P\u0430yP\u0430l',
  'ＰａｙＰａｌ',
  'p a y p a l',
  'p4yp4l',
  'Pay\u200bPal',
  'wh\u00adatsapp',
  'W h a t s A p p',
  '+1 646 555 0174',
  'oh seven seven double oh',
  'name at gmail dot com',
  'x@y.com',
  '(at)',
  '[dot]',
  '\u202e\u0645\u0631\u062d\u0628\u0627\u202c',
  '\u05e9\u05dc\u05d5\u05dd',
  '\ud835\udc16\ud835\udc21',
  '\ud83c\udd7f\ufe0f',
  '1\ufe0f\u20e3',
  '\ud800',
  '\udc00',
  '\u200b',
  '\ufeff',
  '\u2060',
  '\ud83d\udcde',
  '\ud83d\udcb8',
  'outside Upwork',
  "can't",
  'directly',
  ' ',
  '. ',
  '\n',
  'wa.me/447700900312',
  'DE89 3704 0044 0532 0130 00',
  '0x' + 'a1'.repeat(20),
  '$cashtag',
  '@handle',
  'İ',
  'ß',
  'ﷺ',
  '㍻',
];
const adversarial = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 })), {
    maxLength: 40,
  })
  .map((xs) => xs.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  adversarial,
);

describe('scan properties', () => {
  it('never throws and every span lies within the text', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, contractActive) => {
        const result = scanner.scan(text, { contractActive });
        expect(result.flagged).toBe(result.findings.length > 0);
        for (const f of result.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          if (f.sentence) {
            expect(f.sentence.start).toBeLessThanOrEqual(f.start);
            expect(f.sentence.end).toBeGreaterThanOrEqual(f.end);
            expect(f.sentence.end).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns },
    );
  });

  it('a finding covers the characters that triggered it, wherever the trigger is embedded', () => {
    const trigger = fc.constantFrom(
      'PayPal',
      'P\u0430yP\u0430l',
      'ＰａｙＰａｌ',
      'Pay\u200bPal',
      'p4yp4l',
      'V E N M O',
      'Zelle',
    );
    const filler = fc.constantFrom(
      '',
      'Thanks! ',
      'The logo is ready. ',
      '\u05e9\u05dc\u05d5\u05dd. ',
      '\ud83d\ude00 ',
      '\u200b',
    );
    fc.assert(
      fc.property(filler, trigger, filler, (before, word, after) => {
        const text = `${before}Can you pay me on ${word} directly? ${after}`;
        const at = text.indexOf(word);
        const result = scanner.scan(text);
        const covering = result.findings.filter((f) => f.start <= at && f.end >= at + word.length);
        expect(covering.length).toBeGreaterThan(0);
      }),
      { numRuns: Math.min(numRuns, 500) },
    );
  });

  it('handles 10,000 emoji, RTL and 1 MB of text without throwing', () => {
    expect(scanner.scan('\ud83d\ude00'.repeat(10_000)).flagged).toBe(false);
    expect(() =>
      scanner.scan('\u202e' + '\u0645\u0631\u062d\u0628\u0627 '.repeat(2000)),
    ).not.toThrow();
    const big = 'The logo is ready for review, the fonts match the guidelines. '.repeat(17_000);
    const result = scanner.scan(`${big} Pay me on PayPal directly. ${big}`);
    expect(result.categories).toContain('payment');
  });
});
