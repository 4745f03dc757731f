import { expect, it } from 'vitest';
import type { Session } from '../harness/session';
import { focusEditor, waitForChip } from '../harness/room';
import { FLAGGED_CHIP, RISKY } from './phrases';

// A 1 MB paste: the page stays responsive and the warning still comes.
const WORK_TALK =
  'Quick update on the landing page: the hero image is compressed and the form validates emails now. ';

/** Watches the main thread with a 10 ms timer; the longest gap is how long the page froze. */
function watchMainThread() {
  const state = { last: performance.now(), worst: 0, stop: false };
  const tick = () => {
    const now = performance.now();
    state.worst = Math.max(state.worst, now - state.last);
    state.last = now;
    if (!state.stop) setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
  (window as unknown as { __freeze: typeof state }).__freeze = state;
}

export function hostileSpecs(
  session: () => Session,
  editors: readonly string[] = ['textarea', 'tiptap'],
) {
  for (const editor of editors) {
    it(`${editor}: a 1 MB paste keeps the page responsive and still warns`, async () => {
      const room = await session().openRoom(editor);
      try {
        await focusEditor(room);
        const big = WORK_TALK.repeat(Math.ceil(1_000_000 / WORK_TALK.length)) + RISKY;
        await room.insertText(big);
        // The editor's own layout of a megabyte is the page's cost; Onside's starts after it.
        await room.evaluate(watchMainThread, null);
        await waitForChip(room, FLAGGED_CHIP, 15_000);
        await new Promise((resolve) => setTimeout(resolve, 500));
        const worst = await room.evaluate(() => {
          const state = (window as unknown as { __freeze: { worst: number; stop: boolean } })
            .__freeze;
          state.stop = true;
          return state.worst;
        }, null);
        expect(worst).toBeLessThan(200);
      } finally {
        await room.close();
      }
    });
  }
}
