// Dev aid: prints each sentence's concepts (negated ones with "!"), then the findings with the
// rule that made each. tsx bench/explain.ts "text"
import { analyse } from '../src/detector/analyse';
import { derivePairs } from '../src/detector/derive';
import { scan } from '../src/detector/index';
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
for (const f of scan(text).findings)
  console.log(
    `=> ${f.ruleId} (${f.category}, ${f.severity}): ${JSON.stringify(text.slice(f.start, f.end))}`,
  );
