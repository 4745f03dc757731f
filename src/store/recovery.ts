import { storage, type StorageItemKey } from 'wxt/utils/storage';

// When a stored value cannot be read, the raw value is kept under a backup key
// (never lost) and a notice is queued so the options page can tell the user once.
export interface RecoveryNotice {
  key: string;
  backupKey: string;
  reason: string;
  at: number;
}

export const NOTICES_KEY: StorageItemKey = 'local:onside.recoveryNotices';

// Several items can be recovered at once (the background reads all of them in
// parallel): appending to the notice list one at a time keeps every notice.
let queue: Promise<unknown> = Promise.resolve();

export function recordRecovery(
  key: StorageItemKey,
  raw: unknown,
  reason: string,
  now = Date.now(),
) {
  if (raw === null || raw === undefined) return Promise.resolve();
  const task = queue.then(async () => {
    const backupKey = `${key}.backup.${now}` as StorageItemKey;
    await storage.setItem(backupKey, raw);
    const notices = await storage.getItem<unknown>(NOTICES_KEY);
    const list = Array.isArray(notices) ? (notices as RecoveryNotice[]) : [];
    await storage.setItem(NOTICES_KEY, [...list, { key, backupKey, reason, at: now }]);
  });
  queue = task.catch(() => undefined);
  return task;
}
