// The fallback when an editor refuses an edit. Browsers may leave a clipboard
// write pending (no user activation left, permission prompt): never wait on it.
export async function copyToClipboard(
  win: Window,
  text: string,
  timeoutMs = 1000,
): Promise<boolean> {
  const write = win.navigator.clipboard?.writeText(text).then(
    () => true,
    () => false,
  );
  if (!write) return false;
  const timeout = new Promise<boolean>((resolve) =>
    win.setTimeout(() => resolve(false), timeoutMs),
  );
  return Promise.race([write, timeout]);
}
