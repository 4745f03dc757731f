import { describe, expect, it } from 'vitest';
import { normalize } from '@/src/detector';
import { splitSentences } from '@/src/detector/sentences';
import { tokenize } from '@/src/detector/tokens';

/** The sentences of `text` as the detector reads them (normalised). */
function sentencesOf(text: string): string[] {
  const norm = normalize(text).text;
  return splitSentences(norm, tokenize(norm)).map((s) => norm.slice(s.s, s.e));
}

// Each sentence is judged on its own: where one ends decides which words are read together.
describe('sentence ends', () => {
  it('ends a sentence after a number with a unit or a plural ("the 70s.")', () => {
    expect(sentencesOf('It went from the 30s to the 70s. My phone is new.')).toEqual([
      'it went from the 30s to the 70s.',
      'my phone is new.',
    ]);
  });

  it('keeps a single initial inside its sentence ("J. Smith")', () => {
    expect(sentencesOf('Ask J. Smith for the file.')).toEqual(['ask j. smith for the file.']);
  });

  it("does not end one at a link's query ('pay?pa=')", () => {
    expect(
      sentencesOf('Links look like upi://pay?pa=<merchant>&am=<amount> from the config. Done?'),
    ).toEqual(['links look like upi://pay?pa=<merchant>&am=<amount> from the config.', 'done?']);
  });

  it('still ends a question followed by a space', () => {
    expect(sentencesOf('Can you pay? Please do.')).toEqual(['can you pay?', 'please do.']);
  });
});
