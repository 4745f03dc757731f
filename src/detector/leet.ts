// Leetspeak folding for lexicon look-ups only ("p4yp4l" -> "paypal"); numbers stay numbers.
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  $: 's',
  '@': 'a',
  '!': 'i',
  '|': 'l',
};

const IS_LEET = new Uint8Array(128);
for (const ch of Object.keys(LEET)) IS_LEET[ch.charCodeAt(0)] = 1;

export function hasLetterAndLeet(key: string): boolean {
  // "70s", "10x", "20k": a number with a unit or a plural, not "tos" in disguise ("4s" may
  // still be "as").
  if (NUMBER_AND_LETTER.test(key)) return false;
  let letter = false;
  let leet = false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 97 && c <= 122) letter = true;
    else if (c < 128 && IS_LEET[c] === 1) leet = true;
  }
  return letter && leet;
}

const NUMBER_AND_LETTER = /^[0-9]{2,}[a-z]$/;

/** Both readings of "1" (i and l) matter: "paypa1", "s1gnal". */
export function deleet(key: string): [string, string] {
  let a = '';
  let b = '';
  for (const ch of key) {
    const m = LEET[ch];
    a += m ?? ch;
    b += ch === '1' ? 'l' : (m ?? ch);
  }
  return [a, b];
}
