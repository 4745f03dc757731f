// Dev aid: worst-case inputs must scan in time proportional to their length.
import { createScanner } from '../src/detector/index';
const s = createScanner({});
const cases: Record<string, (n: number) => string> = {
  letters: (n) => 'a'.repeat(n),
  spaced: (n) => 'a '.repeat(n / 2),
  dotted: (n) => 'a.'.repeat(n / 2),
  digits: (n) => '1'.repeat(n),
  digitGroups: (n) => '12 '.repeat(n / 3),
  ats: (n) => '@'.repeat(n),
  atWords: (n) => 'x at '.repeat(n / 5),
  dots: (n) => 'x dot '.repeat(n / 6),
  emoji: (n) => '\ud83d\ude00'.repeat(n / 2),
  zeroWidth: (n) => 'p\u200b'.repeat(n / 2),
  cyrillic: (n) => 'р\u0430'.repeat(n / 2),
  quotes: (n) => "'a ".repeat(n / 3),
  surrogates: (n) => '\ud800'.repeat(n),
  brackets: (n) => '[at]'.repeat(n / 4),
  paypal: (n) => 'paypal '.repeat(n / 7),
  // Shapes the hand-rolled candidate scans (links, wallets, handles, spaced letters) probe.
  tRun: (n) => 't'.repeat(n),
  linkDots: (n) => 'wa.me/'.repeat(n / 6),
  sigils: (n) => ' @$'.repeat(n / 3),
  spacedPairs: (n) => ' a b'.repeat(n / 4),
  // Addresses typed backwards on one long line (each marks the line to read reversed).
  reversedAddresses: (n) => ' moc.elpmaxe@a'.repeat(n / 14),
  // Right-to-left overrides, each opening a stretch read again as shown.
  overrides: (n) => '\u202emoc.elpmaxe@a '.repeat(n / 20),
  overridesOpen: (n) => '\u202e'.repeat(n),
};
for (const [name, make] of Object.entries(cases)) {
  const row = [name.padEnd(12)];
  for (const n of [100_000, 400_000]) {
    const text = make(n);
    const t = performance.now();
    s.scan(text);
    row.push(`${n / 1000}k: ${(performance.now() - t).toFixed(0)}ms`);
  }
  console.log(row.join('  '));
}
