import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '@/src/detector';

const cases: ReadonlyArray<readonly [string, string, string]> = [
  ['fullwidth', 'ＰａｙＰａｌ', 'paypal'],
  ['Cyrillic inside a Latin word', 'P\u0430yP\u0430l', 'paypal'],
  ['Greek inside a Latin word', 'Upw\u03bfrk', 'upwork'],
  [
    'mathematical bold (surrogate pairs)',
    '\ud835\udc16\ud835\udc21\ud835\udc1a\ud835\udc2d\ud835\udc2c\ud835\udc00\ud835\udc29\ud835\udc29',
    'whatsapp',
  ],
  ['zero-width and soft hyphen', 'Pay\u200bP\u00ada\u2060l\ufeff', 'paypal'],
  ['spaced letters', 'P A Y P A L', 'paypal'],
  ['dotted letters', 'S.k.y.p.e', 'skype'],
  ['letters with a spaced dot between', 'P . a . y . P . a . l', 'paypal'],
  ['a spaced dash between, in a sentence', 'via Z - e - l - l - e please', 'via zelle please'],
  ['a mixed run stops where the separator changes', 'a . b . c . d-e', 'abcd-e'],
  ['defanged', 'tom(at)x(dot)net', 'tom@x.net'],
  ['look-alike letters spaced among Latin ones', 'to \u0440 a y p \u0430 l', 'to paypal'],
  ['all look-alikes but one, spaced', '\u0440 \u0430 \u0443 \u0440 \u0430 l', 'paypal'],
  [
    'a Cyrillic one-letter word before a spelled-out name',
    '\u043e\u043f\u043b\u0430\u0442\u0430 \u0432 U S D T',
    '\u043e\u043f\u043b\u0430\u0442\u0430 \u0432 usdt',
  ],
  [
    'a spaced Cyrillic word stays Cyrillic',
    '\u0442 \u0435 \u043b \u0435',
    '\u0442\u0435\u043b\u0435',
  ],
  ['Cyrillic ё (either case) read as е', 'с\u0430мол\u0451тиком \u0401', 'с\u0430молетиком е'],
  ['negative squared letters', '\ud83c\udd7f\ufe0fay\ud83c\udd7f\ufe0fal', 'paypal'],
];

describe('normalize', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('maps a padded run back to what was typed', () => {
    const input = 'thru P . a . y . P . a . l ok';
    const norm = normalize(input);
    const at = norm.text.indexOf('paypal');
    expect(input.slice(...toOriginal(norm, at, at + 6))).toBe('P . a . y . P . a . l');
  });

  it('leaves genuine Russian text alone but for ё, read as е', () => {
    const ru =
      '\u0414\u0430\u0432\u0430\u0439\u0442\u0435 \u043f\u0435\u0440\u0435\u0439\u0434\u0451\u043c \u0432 \u0422\u0435\u043b\u0435\u0433\u0440\u0430\u043c';
    expect(normalize(ru).text).toBe(ru.toLowerCase().replace('\u0451', '\u0435'));
  });

  it('reads an inverted "¡" as an "i" between letters, and as Spanish elsewhere', () => {
    expect(normalize('passe par L\u00a5d\u00a1a').text).toBe('passe par lydia');
    expect(normalize('\u00a1Hola! \u00bfQu\u00e9 tal?').text).toBe('\u00a1hola! \u00bfque tal?');
  });

  it('reads the bitcoin sign as the word and maps it back', () => {
    const input = 'Send 0.01 \u20bf to my wallet';
    const norm = normalize(input);
    const at = norm.text.indexOf('bitcoin');
    expect(at).toBeGreaterThan(0);
    expect(input.slice(...toOriginal(norm, at, at + 7))).toBe('\u20bf');
  });

  it('maps every normalised range back to the original text', () => {
    const input =
      'Send to P\u0430y\u200bPal, \ud835\udc16\ud835\udc21\ud835\udc1a\ud835\udc2d\ud835\udc2c\ud835\udc00\ud835\udc29\ud835\udc29 or p a y p a l';
    const norm = normalize(input);
    const at = norm.text.indexOf('paypal');
    expect(input.slice(...toOriginal(norm, at, at + 6))).toBe('P\u0430y\u200bPal');
    const wa = norm.text.indexOf('whatsapp');
    expect(input.slice(...toOriginal(norm, wa, wa + 8))).toBe(
      '\ud835\udc16\ud835\udc21\ud835\udc1a\ud835\udc2d\ud835\udc2c\ud835\udc00\ud835\udc29\ud835\udc29',
    );
    const last = norm.text.lastIndexOf('paypal');
    expect(input.slice(...toOriginal(norm, last, last + 6))).toBe('p a y p a l');
  });
});
