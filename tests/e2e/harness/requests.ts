// Every request any Onside context (or a routed page) makes during a session,
// so the privacy test can prove nothing leaves the machine.
export type RequestSource = 'page' | 'worker' | 'extension-page';

export class RequestLog {
  readonly entries: { url: string; source: RequestSource }[] = [];

  add(url: string, source: RequestSource) {
    this.entries.push({ url, source });
  }

  /** URLs that are neither the extension's own nor the routed stand-in pages. */
  foreign(allowedPrefixes: string[]): string[] {
    const allowed = ['https://www.upwork.com/', 'data:', 'blob:', ...allowedPrefixes];
    return this.entries
      .map((entry) => entry.url)
      .filter((url) => !allowed.some((prefix) => url.startsWith(prefix)));
  }
}
