import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoredItem } from '@/src/store/stored';

// Reads a stored item, follows changes made elsewhere (another popup, the options page)
// and saves edits. `value` is null until the first read finishes.
export function useStoredValue<T>(item: StoredItem<T>) {
  const [value, setValue] = useState<T | null>(null);
  const latest = useRef<T | null>(null);
  // Our own writes come back as change events, late: one arriving after a newer
  // edit would roll that edit back (two quick clicks would lose the first).
  const ownWrites = useRef<string[]>([]);

  const accept = useCallback((next: T) => {
    latest.current = next;
    setValue(next);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void item.getValue().then((read) => {
      if (!controller.signal.aborted) accept(read);
    });
    item.watch((next) => {
      const echo = ownWrites.current.indexOf(JSON.stringify(next));
      if (echo >= 0) ownWrites.current.splice(0, echo + 1);
      else accept(next);
    }, controller.signal);
    return () => controller.abort();
  }, [item, accept]);

  /** Applies an edit to the latest value (not a stale render's) and saves it. */
  const update = useCallback(
    (edit: (previous: T) => T) => {
      const next = item.schema.parse(edit(latest.current ?? item.fallback));
      accept(next);
      ownWrites.current.push(JSON.stringify(next));
      return item.setValue(next);
    },
    [item, accept],
  );

  return [value, update] as const;
}
