// Dev aid: prints each sentence's concepts (negated ones with "!"). tsx bench/explain.ts "text"
import { analyse } from '../src/detector/analyse';
import { derivePairs } from '../src/detector/derive';
import { applyNegation } from '../src/detector/negation';

const text = process.argv.slice(2).join(' ');
analyse(text, (occ, i, a) => {
  if (i === 0) console.log('norm:', JSON.stringify(a.norm.text));
  derivePairs(occ);
  applyNegation(a.norm.text, a.tokens, occ);
  const s = a.sentences[i];
  console.log(`#${i}`, JSON.stringify(a.norm.text.slice(s?.s ?? 0, s?.e ?? 0)));
  console.log(
    '   ',
    occ.map((o) => `${o.negated ? '!' : ''}${o.concept}(${a.norm.text.slice(o.s, o.e)})`).join(' '),
  );
});
