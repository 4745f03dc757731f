import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchIncoming } from '@/src/content/incoming';
import type { HighlightRegistry } from '@/src/content/highlight/registry';
import { findingsOf } from './fake-findings';

const ASK = 'pay you by PayPal';

const findingsIn = findingsOf(ASK);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A message list with one incoming message, laid out at a fixed place on screen. */
function setUp(text: string) {
  const message = document.createElement('div');
  message.className = 'incoming';
  message.append(text);
  vi.spyOn(message, 'getBoundingClientRect').mockReturnValue({
    left: 40,
    right: 340,
    top: 100,
    bottom: 140,
    width: 300,
    height: 40,
    x: 40,
    y: 100,
    toJSON: () => ({}),
  } as DOMRect);
  const layer = document.createElement('div');
  document.body.replaceChildren(message, layer);
  const highlights = {
    set: () => undefined,
    clear: () => undefined,
    styleFor: () => undefined,
  } as unknown as HighlightRegistry;
  const controller = new AbortController();
  const reply = vi.fn();
  watchIncoming({
    doc: document,
    selector: '.incoming',
    layer,
    highlights,
    analyze: findingsIn,
    analyzeMore: () => null,
    reply,
    signal: controller.signal,
  });
  const button = () => layer.querySelector('button');
  return { button, reply, stop: () => controller.abort() };
}

describe('incoming messages', () => {
  let stop = () => undefined as void;
  afterEach(() => stop());

  it('shows the reply button only once it stands beside its message, and it drafts the reply', async () => {
    const page = setUp("Let's move to WhatsApp and I'll pay you by PayPal.");
    stop = page.stop;
    const button = page.button();
    // Not shown at the layer's corner before it is placed, where a click would miss it.
    expect(button?.hidden).toBe(true);
    await nextFrame();
    expect(button?.hidden).toBe(false);
    expect(button?.style.top).toBe('142px');
    button?.click();
    expect(page.reply).toHaveBeenCalledWith(['payment'], ['payment.offplatform-rail']);
  });

  it('adds nothing beside a message that asks for nothing risky', async () => {
    const page = setUp('The PayPal sandbox refund webhook fires twice.');
    stop = page.stop;
    await nextFrame();
    expect(page.button()).toBeNull();
  });
});
