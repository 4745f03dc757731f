import { describe, expect, it } from 'vitest';
import { forwardedQuotes, quotedRanges } from '@/src/detector/quotes';

/** The quoted stretches of `text`, marks included. */
const quoted = (text: string): string[] => {
  const r = quotedRanges(text);
  const out: string[] = [];
  for (let k = 0; k + 1 < r.length; k += 2) out.push(text.slice(r[k], r[k + 1]));
  return out;
};

describe('quotedRanges', () => {
  it('finds a quoted line in straight, curly and guillemet marks', () => {
    expect(quoted('The outro says "Scan to pay with Pix" at the end.')).toEqual([
      '"Scan to pay with Pix"',
    ]);
    expect(quoted('It reads \u201cPay with Venmo today\u201d, ok?')).toEqual([
      '\u201cPay with Venmo today\u201d',
    ]);
    expect(quoted('Диктор говорит «оплатите через СБП» медленно.')).toEqual([
      '«оплатите через СБП»',
    ]);
  });

  it('reads a single-quoted sentence whose full stop sits inside the marks', () => {
    expect(quoted("It ends with 'You can reach me on 07700 900581.' It's for a library.")).toEqual([
      "'You can reach me on 07700 900581.'",
    ]);
  });

  it('opens nothing at an apostrophe', () => {
    expect(quoted("I don't think Chris' bike is the client's, it's mine.")).toEqual([]);
  });

  it('takes a word or two in quotation marks as emphasis, not a quotation', () => {
    expect(quoted('Pay me on "the blue app" instead.')).toEqual(['"the blue app"']);
    expect(quoted('Message me on my "other" app, "quick chat" works.')).toEqual([]);
  });

  it('leaves an unclosed mark, one closed only after a paragraph, or a long stretch alone', () => {
    expect(quoted('He said "pay me on PayPal and that was it')).toEqual([]);
    expect(quoted('"Pay me on\n\nPayPal now" he wrote')).toEqual([]);
    expect(quoted(`"${'word '.repeat(100)}end"`)).toEqual([]);
  });

  it('keeps every range inside the text, in order', () => {
    const text = `'a b c' "d e f" «g h i» ${'"x '.repeat(500)}`;
    const r = quotedRanges(text);
    for (let k = 0; k + 1 < r.length; k += 2) {
      expect(r[k]).toBeGreaterThanOrEqual(k === 0 ? 0 : (r[k - 1] ?? 0));
      expect(r[k + 1]).toBeLessThanOrEqual(text.length);
    }
    expect(quoted(text).slice(0, 3)).toEqual(["'a b c'", '"d e f"', '«g h i»']);
  });
});

describe('forwardedQuotes', () => {
  /** The quotations of `text` that pass a message on. */
  const forwarded = (text: string): string[] => {
    const r = forwardedQuotes(text, quotedRanges(text));
    const out: string[] = [];
    for (let k = 0; k + 1 < r.length; k += 2) out.push(text.slice(r[k], r[k + 1]));
    return out;
  };

  it('finds a quotation after a line that forwards it, on that line or the one before', () => {
    expect(forwarded('Fwd from our HR lead:\n"Please pay the deposit by Zelle today."')).toEqual([
      '"Please pay the deposit by Zelle today."',
    ]);
    expect(
      forwarded('Je vous transfère le message de notre DAF : « Réglez par virement direct. »'),
    ).toEqual(['« Réglez par virement direct. »']);
    expect(forwarded("Here's what he said, word for word: 'pay me outside the site'")).toEqual([
      "'pay me outside the site'",
    ]);
  });

  it('leaves quotations that are reported, or not introduced as passed on', () => {
    expect(forwarded("Forwarding the scam to support: 'pay the fee on Telegram now'")).toEqual([]);
    expect(forwarded("The speaker says 'send it to my Venmo' at 14:32, verbatim.")).toEqual([]);
    expect(
      forwarded("Forwarded it yesterday. The footer says 'Questions? Email us today'"),
    ).toEqual([]);
  });
});
