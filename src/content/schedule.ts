// Scans wait for a pause in typing. The pause grows a little with the text's
// length (a long message costs more to read), within the half-second users expect.
export function pauseFor(textLength: number): number {
  return Math.round(Math.min(350, 150 + textLength / 100));
}

export function createPauseScheduler(run: () => void, win: Window, signal: AbortSignal) {
  let timer: number | undefined;
  let lastLength = 0;
  signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });
  return {
    /** Called from input handlers: no layout, no text reading, just a timer. */
    poke() {
      win.clearTimeout(timer);
      timer = win.setTimeout(run, pauseFor(lastLength));
    },
    setLength(length: number) {
      lastLength = length;
    },
  };
}
