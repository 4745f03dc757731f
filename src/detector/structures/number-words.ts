// Digits written as words, in the supported languages ("oh seven seven double oh",
// "null eins fünf"). Folded forms: lower case, no accents.
const DIGIT_WORDS: Record<string, string> = Object.create(null) as Record<string, string>;

const LISTS: readonly (readonly string[])[] = [
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  ['null', 'eins', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun'],
  ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  ['zero', 'um', 'dois', 'tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  ['zero', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'],
  ['shunya', 'ek', 'do', 'teen', 'char', 'paanch', 'chhe', 'saat', 'aath', 'nau'],
  ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
];
for (const list of LISTS) list.forEach((w, d) => (DIGIT_WORDS[w] ??= String(d)));
Object.assign(DIGIT_WORDS, {
  chaar: '4', // Hindi and Urdu, as typed in chat
  sifar: '0',
  sifr: '0',
  chah: '6',
  chhah: '6',
  oh: '0',
  nought: '0',
  zwo: '2',
  une: '1',
  uma: '1',
  nul: '0',
  nolu: '0',
});

const TENS: Record<string, string> = {
  ten: '10',
  twenty: '2',
  thirty: '3',
  forty: '4',
  fifty: '5',
  sixty: '6',
  seventy: '7',
  eighty: '8',
  ninety: '9',
};

/**
 * "plus" as read out before a country code: "più quattro quattro…". Not "mas" or "mais", which
 * mean "but" and "more" far more often than they read out a "+".
 */
export const PLUS_WORDS = new Set(['plus', 'piu', 'плюс']);

export const REPEATERS = new Map<string, number>([
  ['double', 2],
  ['triple', 3],
  ['doppel', 2],
  ['doble', 2],
  ['dobro', 2],
]);

const WORD = new Map(Object.entries(DIGIT_WORDS));
// "double-oh", "triple-seven": a repeater hyphenated to its digit is one token.
for (const [repeater, times] of REPEATERS)
  for (const [word, digit] of Object.entries(DIGIT_WORDS))
    if (digit.length === 1) WORD.set(`${repeater}${word}`, digit.repeat(times));
for (const [word, digit] of Object.entries(TENS)) {
  WORD.set(word, digit.length === 2 ? digit : `${digit}0`);
  if (digit.length === 1)
    for (let u = 1; u <= 9; u++) WORD.set(`${word}${LISTS[0]?.[u] ?? ''}`, `${digit}${u}`);
}

// French numbers from 10 to 79, as French phone numbers are read out in pairs ("zéro six,
// trente-neuf, soixante-douze"). A hyphen joins a short part to its neighbour ("vingt-six" is
// one token, "trente-neuf" two), so both forms are listed; the phone reader puts split ones
// and "quatre-vingt(-dix)-…" back together.
const FRENCH_UNITS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const FRENCH_TEENS = [
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dixsept',
  'dixhuit',
  'dixneuf',
];
FRENCH_TEENS.forEach((w, k) => WORD.set(w, String(10 + k)));
const FRENCH_TENS: ReadonlyArray<[string, number]> = [
  ['vingt', 2],
  ['trente', 3],
  ['quarante', 4],
  ['cinquante', 5],
  ['soixante', 6],
];
for (const [word, tens] of FRENCH_TENS) {
  WORD.set(word, `${tens}0`);
  // "vingt-et-un" (21) but "quatre-vingt-un" (81): both forms of one.
  FRENCH_UNITS.forEach((u, k) => {
    if (k > 0) WORD.set(`${word}${u}`, `${tens}${k}`);
  });
  WORD.set(`${word}etun`, `${tens}1`);
}
FRENCH_TEENS.forEach((w, k) =>
  WORD.set(`soixante${k === 1 ? 'eto' + w.slice(1) : w}`, String(70 + k)),
);
FRENCH_TEENS.forEach((w, k) => WORD.set(`vingt${w}`, String(30 + k))); // after "quatre": 90-99
WORD.set('vingts', '20'); // "quatre-vingts"

/** A tens word a unit can join after a hyphen ("trente" + "neuf"): its value, else 0. */
export function tensValue(key: string): number {
  const tens = FRENCH_TENS.find(([w]) => w === key);
  return tens ? tens[1] * 10 : 0;
}

/** Digits a word stands for, or undefined. "twenty" reads as "20", "thirty-two" as "32". */
export function wordDigits(key: string): string | undefined {
  if (key.length <= 1) return undefined;
  return (key.length < 17 ? WORD.get(key) : undefined) ?? hyphenatedRun(key);
}

// English digit words hyphenated into one token ("four-one-five", "oh-one-three-eight"): the
// key is their run without hyphens. No word in the list is the start of another, so the run
// is read greedily; at least two words, or it is an ordinary word.
const RUN_WORDS = [...(LISTS[0] ?? []), 'oh'];
function hyphenatedRun(key: string): string | undefined {
  if (key.length < 5 || key.length > 60) return undefined;
  let digits = '';
  for (let at = 0; at < key.length;) {
    const word = RUN_WORDS.find((w) => key.startsWith(w, at));
    if (word === undefined) return undefined;
    digits += DIGIT_WORDS[word] ?? '';
    at += word.length;
  }
  return digits.length >= 2 ? digits : undefined;
}
