// After an edit, the box must hold exactly the old text with the one range
// replaced: editors re-render asynchronously, so give them a few frames.

const SPACES = /[\u00a0\u2007\u202f]/g;

export function sameText(a: string, b: string): boolean {
  return a.replace(SPACES, ' ').trimEnd() === b.replace(SPACES, ' ').trimEnd();
}

export function nextFrame(win: Window = window): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    win.requestAnimationFrame(finish);
    // Background tabs do not run frames; never hang an edit on that.
    win.setTimeout(finish, 50);
  });
}

export async function settlesTo(
  read: () => string,
  expected: string,
  win: Window = window,
  frames = 4,
): Promise<boolean> {
  for (let i = 0; i < frames; i += 1) {
    if (sameText(read(), expected)) return true;
    await nextFrame(win);
  }
  return sameText(read(), expected);
}
