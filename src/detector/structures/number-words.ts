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
];
for (const list of LISTS) list.forEach((w, d) => (DIGIT_WORDS[w] ??= String(d)));
Object.assign(DIGIT_WORDS, {
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

/** Digits a word stands for, or undefined. "twenty" reads as "20", "thirty-two" as "32". */
export function wordDigits(key: string): string | undefined {
  return key.length > 1 && key.length < 13 ? WORD.get(key) : undefined;
}
