import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { salvageList } from './salvage';
import {
  allowTermSchema,
  sensitivitySchema,
  siteIdSchema,
  userPatternSpecSchema,
  type Sensitivity,
} from './schemas';
import type { SiteId } from '@/src/shared/sites';
import type { UserPatternSpec } from '@/src/detector/types';

// Team policy an agency pushes through storage.managed (schema in
// public/managed_schema.json). Read-only, and absent in most browsers: any
// error means "no policy". A bad entry is reported, the rest still applies.
export interface Locked {
  enabledSites?: SiteId[];
  sensitivity?: Sensitivity;
  sendGuard?: boolean;
  allowList?: boolean;
  customPatterns?: boolean;
}

export interface Policy {
  patterns: UserPatternSpec[];
  allowList: string[];
  locked: Locked;
  problems: { id: string; message: string }[];
}

export const NO_POLICY: Policy = { patterns: [], allowList: [], locked: {}, problems: [] };

const lockedSchema = z.partial(
  z.object({
    enabledSites: z.array(siteIdSchema),
    sensitivity: sensitivitySchema,
    sendGuard: z.boolean(),
    allowList: z.boolean(),
    customPatterns: z.boolean(),
  }),
);

export function parsePolicy(raw: unknown): Policy {
  if (typeof raw !== 'object' || raw === null) return NO_POLICY;
  const input = raw as Record<string, unknown>;
  const problems: Policy['problems'] = [];
  const listOf = <E>(name: string, schema: z.ZodMiniType<E>): E[] => {
    const value = input[name];
    if (value === undefined) return [];
    const parsed = z.array(schema).safeParse(value);
    if (parsed.success) return parsed.data;
    const salvaged = salvageList(schema)(value);
    problems.push({ id: `policy.${name}`, message: salvaged?.reason ?? 'not a list' });
    return salvaged?.value ?? [];
  };
  const patterns = listOf('patterns', userPatternSpecSchema).map((spec) => ({
    ...spec,
    id: `policy:${spec.id}`,
  }));
  const allowList = listOf('allowList', allowTermSchema);
  const locked = lockedSchema.safeParse(input.locked ?? {});
  if (!locked.success)
    problems.push({ id: 'policy.locked', message: locked.error.issues[0]?.message ?? '' });
  return { patterns, allowList, locked: locked.success ? locked.data : {}, problems };
}

// Chromium can take seconds to answer the first managed read after the browser
// starts, and may not answer at all without a policy: a read that hangs gives up
// after `timeoutMs` (meanwhile content scripts keep the last published pack).
export async function readPolicy(
  area = browser.storage?.managed,
  timeoutMs = 10_000,
): Promise<Policy> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
    });
    return parsePolicy(await Promise.race([area.get(), timeout]));
  } catch {
    return NO_POLICY;
  } finally {
    clearTimeout(timer);
  }
}

export function watchPolicy(onChange: (policy: Policy) => void, signal: AbortSignal) {
  const listener = (_changes: unknown, areaName: string) => {
    if (areaName === 'managed' && !signal.aborted) void readPolicy().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), {
    once: true,
  });
}
