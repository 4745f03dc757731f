// Character-level folding tables, kept as data.

/** Invisible format characters people slip inside words or numbers. */
export const INVISIBLE = new Set<number>([
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e,
  0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066,
  0x2067, 0x2068, 0x2069, 0xfe0e, 0xfe0f, 0xfeff, 0x20e3,
]);

/** Cyrillic and Greek letters that look Latin; folded only inside words that also hold Latin letters. */
export const CONFUSABLES: Record<number, string> = {
  // Cyrillic lower / upper
  0x0430: 'a',
  0x0410: 'a',
  0x0432: 'b',
  0x0412: 'b',
  0x0441: 'c',
  0x0421: 'c',
  0x0435: 'e',
  0x0415: 'e',
  0x0451: 'e',
  0x0401: 'e',
  0x043d: 'h',
  0x041d: 'h',
  0x0456: 'i',
  0x0406: 'i',
  0x0458: 'j',
  0x0408: 'j',
  0x043a: 'k',
  0x041a: 'k',
  0x043c: 'm',
  0x041c: 'm',
  0x043e: 'o',
  0x041e: 'o',
  0x0440: 'p',
  0x0420: 'p',
  0x0455: 's',
  0x0405: 's',
  0x0442: 't',
  0x0422: 't',
  0x0443: 'y',
  0x0423: 'y',
  0x0445: 'x',
  0x0425: 'x',
  0x04bb: 'h',
  0x04c0: 'l',
  0x051b: 'q',
  0x051d: 'w',
  0x050c: 'g',
  0x0501: 'd',
  0x0433: 'r',
  // Greek lower / upper
  0x03b1: 'a',
  0x0391: 'a',
  0x03b2: 'b',
  0x0392: 'b',
  0x03b5: 'e',
  0x0395: 'e',
  0x0397: 'h',
  0x03b9: 'i',
  0x0399: 'i',
  0x03ba: 'k',
  0x039a: 'k',
  0x039c: 'm',
  0x03bd: 'v',
  0x039d: 'n',
  0x03bf: 'o',
  0x039f: 'o',
  0x03c1: 'p',
  0x03a1: 'p',
  0x03c4: 't',
  0x03a4: 't',
  0x03c5: 'u',
  0x03a5: 'y',
  0x03c7: 'x',
  0x03a7: 'x',
  0x0396: 'z',
  0x03f2: 'c',
  0x03f9: 'c',
};

/** Emoji that stand in for a word or a character. Padded with spaces so they become tokens. */
export const EMOJI_WORDS: Record<number, string> = {
  0x1f4de: ' phone ',
  0x260e: ' phone ',
  0x1f4f1: ' phone ',
  0x1f4f2: ' phone ',
  0x1f4f3: ' phone ',
  0x1f4df: ' phone ',
  0x1f4e7: ' email ',
  0x2709: ' email ',
  0x1f4e9: ' email ',
  0x1f4e8: ' email ',
  0x1f4ec: ' email ',
  0x1f4ed: ' email ',
  0x1f4b2: '$',
  0x1f4b5: ' money ',
  0x1f4b0: ' money ',
  0x1f4b8: ' money ',
  0x1f911: ' money ',
  0x1f4b4: ' money ',
  0x1f4b6: ' money ',
  0x1f4b7: ' money ',
  0x1fa99: ' coins ',
  0x20bf: ' bitcoin ', // ₿, the bitcoin sign
  0x1f3e6: ' bank ',
  0x1f4b3: ' card ',
  0x1f7e2: ' green ',
  0x1f49a: ' green ',
  0x2705: ' green ',
  0x1f4ac: ' chat ',
  0x1f5e8: ' chat ',
  0x1f4ad: ' chat ',
  0x2708: ' plane ',
  0x1f6eb: ' plane ',
  0x1f47b: ' snapchat ', // its logo
  0x1f34e: ' apple ', // "via 🍎 Pay"
  0x1f34f: ' apple ',
};

/** Negative squared / circled / parenthesised Latin capitals that NFKC leaves alone. */
export function enclosedLetter(cp: number): string | undefined {
  if (cp >= 0x1f170 && cp <= 0x1f189) return String.fromCharCode(97 + cp - 0x1f170);
  if (cp >= 0x1f150 && cp <= 0x1f169) return String.fromCharCode(97 + cp - 0x1f150);
  if (cp >= 0x1f130 && cp <= 0x1f149) return String.fromCharCode(97 + cp - 0x1f130);
  return undefined;
}

export function isCyrillicOrGreek(cp: number): boolean {
  return (cp >= 0x0370 && cp <= 0x03ff) || (cp >= 0x0400 && cp <= 0x052f);
}
