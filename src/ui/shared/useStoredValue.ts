import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoredItem } from '@/src/store/stored';

// Reads a stored item, follows changes made elsewhere (another popup, the options page)
// and saves edits. `value` is null until the first read finishes.
export function useStoredValue<T>(item: StoredItem<T>) {
  const [value, setValue] = useState<T | null>(null);
  const latest = useRef<T | null>(null);

  const accept = useCallback((next: T) => {
    latest.current = next;
    setValue(next);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void item.getValue().then((read) => {
      if (!controller.signal.aborted) accept(read);
    });
    item.watch(accept, controller.signal);
    return () => controller.abort();
  }, [item, accept]);

  /** Applies an edit to the latest value (not a stale render's) and saves it. */
  const update = useCallback(
    (edit: (previous: T) => T) => {
      const next = edit(latest.current ?? item.fallback);
      accept(next);
      return item.setValue(next);
    },
    [item, accept],
  );

  return [value, update] as const;
}
