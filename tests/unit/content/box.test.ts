import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchBox, type Box } from '@/src/content/box';
import { richTextAdapter } from '@/src/content/editors/richAdapter';
import type { HighlightKind, HighlightRegistry } from '@/src/content/highlight/registry';
import { LARGE_TEXT } from '@/src/shared/analyze';
import type { Finding } from '@/src/detector/types';

const ASK = 'pay me on PayPal';

function findingsIn(text: string): Finding[] {
  const start = text.indexOf(ASK);
  if (start < 0) return [];
  return [
    {
      ruleId: 'payment.offplatform-rail',
      category: 'payment',
      severity: 'high',
      start,
      end: start + ASK.length,
      message: 'Asks to be paid outside the platform.',
      policy: { title: 'Payments', url: 'https://example.com' },
    } as Finding,
  ];
}

/** A ProseMirror-like editor: one <p> per paragraph, each holding one text node. */
function setUp(paragraphs: string[]) {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  for (const line of paragraphs) {
    const p = document.createElement('p');
    p.append(line);
    element.append(p);
  }
  const layer = document.createElement('div');
  document.body.replaceChildren(element, layer);
  const painted = new Map<HighlightKind, Range[]>();
  const highlights = {
    set: (_owner: object, kind: HighlightKind, ranges: Range[]) => painted.set(kind, ranges),
    clear: () => painted.clear(),
    styleFor: () => undefined,
  } as unknown as HighlightRegistry;
  const controller = new AbortController();
  const shown = vi.fn();
  const box: Box = watchBox(richTextAdapter(element, 'prosemirror'), null, {
    analyze: findingsIn,
    analyzeLarge: async (text) => findingsIn(text),
    layer,
    highlights,
    onFindings: shown,
    onChipActivate: () => undefined,
    signal: controller.signal,
  });
  return { box, painted, shown, stop: () => controller.abort() };
}

let stop = () => undefined as void;
afterEach(() => stop());

describe('watchBox in a rich editor', () => {
  it('highlights a risky phrase in an ordinary paragraph of a long text', async () => {
    const filler = 'The hero image is compressed now. '.repeat(3000); // ~100 KB over paragraphs
    const s = setUp([filler.slice(0, 50_000), filler.slice(50_000), `Could you ${ASK}?`]);
    stop = s.stop;
    await vi.waitFor(() => expect(s.shown).toHaveBeenCalled());
    expect(s.box.findings).toHaveLength(1);
    const ranges = s.painted.get('high') ?? [];
    expect(ranges.map((r) => r.toString())).toEqual([ASK]);
  });

  it('warns without painting inside a paragraph of over LARGE_TEXT characters', async () => {
    const huge = `${'x'.repeat(LARGE_TEXT + 10)} could you ${ASK}?`;
    const s = setUp([huge]);
    stop = s.stop;
    await vi.waitFor(() => expect(s.shown).toHaveBeenCalled());
    expect(s.box.findings).toHaveLength(1); // the chip and card still carry it
    expect(s.painted.get('high')).toEqual([]);
  });
});
