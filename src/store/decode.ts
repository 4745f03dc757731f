import type * as z from 'zod/mini';

// Some writers (older builds, other tools) store JSON as a string; a string that
// looks like JSON is decoded, and a truncated one is reported as such.
export function decodeJsonString(
  raw: unknown,
): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (typeof raw !== 'string') return { ok: true, value: raw };
  const trimmed = raw.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return { ok: true, value: raw };
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown };
  } catch {
    return { ok: false, reason: 'truncated or invalid JSON text' };
  }
}

/** "customPatterns[2].source: Too small" — the path a user can find in a file. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    const name = String(part);
    return out ? `${out}.${name}` : name;
  }, '');
}

export function describeIssue(issue: z.core.$ZodIssue | undefined, prefix = ''): string {
  if (!issue) return 'unreadable value';
  const path = formatPath([...(prefix ? [prefix] : []), ...issue.path]);
  return path ? `${path}: ${issue.message}` : issue.message;
}
