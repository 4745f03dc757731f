import { afterEach, describe, expect, it, vi } from 'vitest';
import { MORE_WAIT_MS, watchBox, type Box } from '@/src/content/box';
import { richTextAdapter } from '@/src/content/editors/richAdapter';
import type { HighlightKind, HighlightRegistry } from '@/src/content/highlight/registry';
import { LARGE_TEXT } from '@/src/shared/analyze';
import type { Finding } from '@/src/detector/types';
import { findingsOf } from './fake-findings';

const ASK = 'pay me on PayPal';

const findingsIn = findingsOf(ASK);

/** A ProseMirror-like editor: one <p> per paragraph, each holding one text node. */
function setUp(
  paragraphs: string[],
  analyzeMore: (text: string) => Promise<Finding[]> | null = () => null,
) {
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
    analyzeMore,
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

/** A user's RE2 pattern the background matched: "ref-" and four digits. */
function patternIn(text: string): Finding[] {
  const m = /ref-\d{4}/.exec(text);
  if (!m) return [];
  return [
    {
      ruleId: 'user.r1',
      userPatternId: 'r1',
      category: 'contact',
      severity: 'high',
      start: m.index,
      end: m.index + m[0].length,
      message: 'Matches your own pattern "r1".',
      policy: { title: 'Contact', url: 'https://example.com' },
    } as Finding,
  ];
}

describe('watchBox with RE2 patterns matched in the background', () => {
  const TEXT = `Quote ref-2024 and ${ASK}`;

  it("shows the page's and the background's findings together, in one paint", async () => {
    const s = setUp([TEXT], async (text) => patternIn(text));
    stop = s.stop;
    await vi.waitFor(() => expect(s.shown).toHaveBeenCalled());
    expect(s.shown).toHaveBeenCalledTimes(1); // no paint of the page's findings alone first
    expect(s.box.findings.map((f) => TEXT.slice(f.start, f.end))).toEqual(['ref-2024', ASK]);
    expect((s.painted.get('high') ?? []).map((r) => r.toString())).toEqual(['ref-2024', ASK]);
  });

  it("shows the page's findings when the background does not answer in time", async () => {
    vi.useFakeTimers();
    try {
      const s = setUp([TEXT], () => new Promise<Finding[]>(() => undefined));
      stop = s.stop;
      expect(s.box.findings).toEqual([]);
      vi.advanceTimersByTime(MORE_WAIT_MS);
      expect(s.box.findings.map((f) => TEXT.slice(f.start, f.end))).toEqual([ASK]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("gives the send guard the page's findings at once while the background is busy", () => {
    const s = setUp([TEXT], () => new Promise<Finding[]>(() => undefined));
    stop = s.stop;
    expect(s.box.findings).toEqual([]);
    s.box.checkNow();
    expect(s.box.findings.map((f) => TEXT.slice(f.start, f.end))).toEqual([ASK]);
  });

  it("keeps the page's findings when the background fails", async () => {
    const s = setUp([TEXT], () => Promise.reject(new Error('service worker gone')));
    stop = s.stop;
    await vi.waitFor(() => expect(s.shown).toHaveBeenCalled());
    expect(s.box.findings.map((f) => TEXT.slice(f.start, f.end))).toEqual([ASK]);
  });
});
