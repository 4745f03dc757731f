import type { CDPSession, Page } from 'playwright-core';
import { nativeOf } from './native';
import type { Session } from './session';

// Stopping Onside's background the way the browser does when it idles, and
// seeing it come back. Only Chromium's MV3 service worker can stop: the
// Firefox build has a persistent MV2 background page (no "persistent": false),
// which lives as long as the extension does.
//
// CDP Target.closeTarget on the worker also tears down the extension's open
// pages (same renderer), so the worker is stopped with ServiceWorker.stopWorker,
// which is what chrome://serviceworker-internals "Stop" does. DevTools keeps
// one target per worker version across restarts, so Playwright's Worker for it
// (used by Session.reloadExtension) stays valid once the worker runs again.
export const workerRestartSupport = (session: Session) => session.browser === 'chromium';

export type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

export interface WorkerWatch {
  status(): RunningStatus | null;
  stop(): Promise<void>;
  waitFor(status: RunningStatus, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function watchWorker(session: Session): Promise<WorkerWatch> {
  const native = nativeOf(session);
  if (native.browser !== 'chromium') throw new Error('Only Chromium has a service worker to stop');
  const { context, extensionId } = native.session;
  const page: Page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  let current: { versionId: string; runningStatus: RunningStatus } | null = null;
  const listeners = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions)
      if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) {
        current = { versionId: version.versionId, runningStatus: version.runningStatus };
        for (const listener of listeners) listener();
      }
  });
  await cdp.send('ServiceWorker.enable');

  const waitFor = (status: RunningStatus, timeoutMs = 10_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (current?.runningStatus !== status) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(`The service worker did not become ${status} (is ${current?.runningStatus})`),
        );
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });

  return {
    status: () => current?.runningStatus ?? null,
    async stop() {
      await waitFor('running');
      await cdp.send('ServiceWorker.stopWorker', { versionId: current!.versionId });
      await waitFor('stopped');
    },
    waitFor,
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}
