import { describe, expect, it } from 'vitest';
import { pastedCopy, titled, writersTail } from '@/src/detector/customer-copy';

const body = '\n\nHow do I pay?\nBy card at checkout.\n\nthoughts?';

describe('pastedCopy', () => {
  it.each([
    ['current version:', true],
    ["Here's the payments chunk of the ticketing FAQ, the rest is venue stuff:", true],
    ['Versión final para la página de reservas, ¿ves algo raro?', true],
    ['Hier noch der FAQ-Block für die Buchungsseite:', true],
    // A report's opening is the writer's own lines.
    ['Weekly update for the inventory app:', false],
    ['Quick recap of the call:', false],
    ["ok here's my personal address since they read this chat:", false],
    // No copy named, or not closed as an introduction.
    ['Some thoughts below:', false],
    ['current version is attached', false],
  ])('%s -> %s', (intro, expected) => {
    expect(pastedCopy(intro + body)).toBe(expected);
  });

  it('needs the copy after its introduction to run two lines or more', () => {
    expect(pastedCopy('current version:\nBy card at checkout.')).toBe(false);
  });

  it('takes a question as an introduction only before a blank line', () => {
    expect(pastedCopy('Versión final, ¿ves algo raro?\nPaga con tarjeta.\nO Bizum.')).toBe(false);
  });
});

describe('writersTail', () => {
  it('starts at the last paragraph when the copy has paragraphs', () => {
    const text = 'current version:\n\nBook online.\n\nWe take cards.\n\nhappy to tweak';
    expect(text.slice(writersTail(text))).toBe('happy to tweak');
  });

  it('starts at the last line when the copy is laid out in lines', () => {
    const text = 'Copy for the rent page:\nRent is due on the 1st.\nI kept your wording.';
    expect(text.slice(writersTail(text))).toBe('I kept your wording.');
  });

  it('leaves a text of one line all copy', () => {
    const text = "FAQ draft for the shop's page. How do I pay? By card.";
    expect(writersTail(text)).toBe(text.length);
  });
});

describe('titled', () => {
  const below = '\n\n1. Duplicates merged\n2. Phones normalised\n3. Empty rows dropped';
  it.each([
    ['Automation spec – lead intake (Zapier)', true],
    ['Q3 Social Plan – Lumen Candle Co. (draft for review)', true],
    // A sentence, an introduction or a long first line is no title.
    ['Here is what I changed.', false],
    ['Summary below:', false],
    ['I went through the whole list this morning and merged every duplicate I could find', false],
  ])('%s -> %s', (title, expected) => {
    expect(titled(title + below)).toBe(expected);
  });

  it('needs a blank line after the title and three lines below it', () => {
    expect(titled('Data cleanup\n1. Duplicates merged\n2. Phones\n3. Rows')).toBe(false);
    expect(titled('Data cleanup\n\n1. Duplicates merged\n2. Phones')).toBe(false);
  });
});
