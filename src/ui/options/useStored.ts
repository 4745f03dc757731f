import { useCallback, useEffect, useState } from 'react';
import type { StoredItem } from '@/src/store/stored';
import { readPolicy, watchPolicy, NO_POLICY, type Policy } from '@/src/store/policy';

/** A stored item as React state, kept live through storage.onChanged. */
export function useStored<T>(item: StoredItem<T>): {
  value: T;
  loaded: boolean;
  set: (next: T) => Promise<void>;
} {
  const [state, setState] = useState<{ value: T; loaded: boolean }>({
    value: item.fallback,
    loaded: false,
  });
  useEffect(() => {
    const controller = new AbortController();
    item.watch((value) => setState({ value, loaded: true }), controller.signal);
    void item.getValue().then((value) => {
      if (!controller.signal.aborted) setState({ value, loaded: true });
    });
    return () => controller.abort();
  }, [item]);
  const set = useCallback(
    async (next: T) => {
      setState({ value: next, loaded: true });
      await item.setValue(next);
    },
    [item],
  );
  return { ...state, set };
}

export function usePolicy(): Policy {
  const [policy, setPolicy] = useState<Policy>(NO_POLICY);
  useEffect(() => {
    const controller = new AbortController();
    watchPolicy(setPolicy, controller.signal);
    void readPolicy().then((value) => {
      if (!controller.signal.aborted) setPolicy(value);
    });
    return () => controller.abort();
  }, []);
  return policy;
}
