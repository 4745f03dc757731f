import type * as z from 'zod/mini';
import type { Salvaged } from './stored';
import { describeIssue } from './decode';

/** A list keeps its readable entries; only the broken ones go to the backup. */
export function salvageList<E>(entry: z.ZodMiniType<E>) {
  return (raw: unknown): Salvaged<E[]> | null => {
    if (!Array.isArray(raw)) return null;
    const value: E[] = [];
    const rejected: unknown[] = [];
    const reasons: string[] = [];
    raw.forEach((item, index) => {
      const parsed = entry.safeParse(item);
      if (parsed.success) value.push(parsed.data);
      else {
        rejected.push(item);
        reasons.push(describeIssue(parsed.error.issues[0], `[${index}]`));
      }
    });
    if (rejected.length === 0) return null;
    return { value, rejected, reason: reasons.join('; ') };
  };
}
