import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { StoredItem } from '@/src/store/stored';
import { useStoredValue } from '@/src/ui/shared/useStoredValue';

// A stored item whose change events arrive when the test says, as real storage
// events do: after the write, and possibly after the next edit.
function slowItem(initial: string[]) {
  let stored = initial;
  let listener: ((value: string[]) => void) | null = null;
  const queued: string[][] = [];
  const item: StoredItem<string[]> = {
    key: 'local:test',
    schema: z.array(z.string()),
    fallback: [],
    getValue: async () => stored,
    async setValue(value) {
      stored = value;
      queued.push(value);
    },
    watch(onChange) {
      listener = onChange;
    },
  };
  return {
    item,
    deliver: (count = queued.length) =>
      queued.splice(0, count).forEach((value) => listener?.(value)),
    external: (value: string[]) => listener?.(value),
  };
}

describe('useStoredValue', () => {
  it('keeps every quick edit when its own change events arrive late', async () => {
    const { item, deliver } = slowItem([]);
    const { result } = renderHook(() => useStoredValue(item));
    await act(async () => undefined);
    await act(async () => {
      void result.current[1]((list) => [...list, 'a']);
      void result.current[1]((list) => [...list, 'b']);
    });
    // The first write's event lands between the second write and the next click.
    await act(async () => deliver(1));
    await act(async () => {
      void result.current[1]((list) => [...list, 'c']);
    });
    await act(async () => deliver());
    expect(result.current[0]).toEqual(['a', 'b', 'c']);
  });

  it('follows a change made elsewhere', async () => {
    const { item, external } = slowItem(['a']);
    const { result } = renderHook(() => useStoredValue(item));
    await act(async () => undefined);
    await act(async () => external(['from the options page']));
    expect(result.current[0]).toEqual(['from the options page']);
  });
});
