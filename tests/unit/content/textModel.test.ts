import { describe, expect, it } from 'vitest';
import { offsetOf, rangeFor, readTextModel } from '@/src/content/editors/textModel';

function editor(html: string[]): HTMLElement {
  const root = document.createElement('div');
  for (const line of html) {
    const p = document.createElement('p');
    if (line) p.append(line);
    else p.append(document.createElement('br'));
    root.append(p);
  }
  document.body.replaceChildren(root);
  return root;
}

describe('readTextModel', () => {
  it.each([
    [['Hello there'], 'Hello there'],
    [['First line', 'Second line'], 'First line\nSecond line'],
    [['', 'After an empty line'], 'After an empty line'],
  ])('reads %j as %j', (lines, text) => {
    expect(readTextModel(editor(lines)).text).toBe(text);
  });

  it('keeps a line break that is not a block’s trailing one', () => {
    const root = document.createElement('div');
    root.append('one', document.createElement('br'), 'two');
    expect(readTextModel(root).text).toBe('one\ntwo');
  });

  it('maps a text range back to the exact DOM characters, across blocks', () => {
    const root = editor(['Pay me via PayPal', 'thanks']);
    const model = readTextModel(root);
    const start = model.text.indexOf('PayPal');
    expect(rangeFor(model, start, start + 6, document)?.toString()).toBe('PayPal');
    const across = rangeFor(model, start, model.text.length, document);
    expect(across?.toString()).toBe('PayPalthanks');
  });

  it('gives an empty editor a caret position instead of nothing', () => {
    const root = editor(['']);
    const range = rangeFor(readTextModel(root), 0, 0, document);
    expect(range?.collapsed).toBe(true);
    expect(root.contains(range!.startContainer)).toBe(true);
  });

  it('turns a DOM caret back into a text offset', () => {
    const root = editor(['abc', 'defg']);
    const model = readTextModel(root);
    const second = root.lastElementChild!.firstChild!;
    expect(offsetOf(model, second, 2)).toBe('abc\nde'.length);
  });
});
