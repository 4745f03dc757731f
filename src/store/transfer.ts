import * as z from 'zod/mini';
import { compileUserPatterns } from '@/src/detector';
import { userSpecs } from './specs';
import { describeIssue } from './decode';
import { SETTINGS } from './settings';
import * as s from './schemas';

// Import and export of every setting as one JSON file. An import is checked in
// full before anything is written: a bad file changes nothing and its error
// names the field ("customPatterns[2].source: ...").
export const FILE_FORMAT = 'onside-settings';

const uniqueIds = (list: { id: string }[], ctx: z.core.$RefinementCtx<{ id: string }[]>) => {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    if (seen.has(entry.id))
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${entry.id}"` });
    seen.add(entry.id);
  });
};

const fileSchema = z.required(
  z.partial(
    z.object({
      format: z.literal(FILE_FORMAT),
      version: z.literal(1),
      enabledSites: z.array(s.siteIdSchema),
      sensitivity: s.sensitivitySchema,
      sendGuard: z.boolean(),
      contractActiveRooms: z.array(s.roomKeySchema),
      ignored: z.array(s.ignoredSchema),
      templates: z.array(s.userTemplateSchema).check(z.superRefine(uniqueIds)),
      customPhrases: z.array(s.customPhraseSchema).check(z.superRefine(uniqueIds)),
      customPatterns: z.array(s.customPatternSchema).check(z.superRefine(uniqueIds)),
      allowList: z.array(s.allowTermSchema),
    }),
  ),
  { format: true, version: true },
);
export type SettingsFile = z.infer<typeof fileSchema>;

export async function exportSettings(
  now = new Date(),
): Promise<SettingsFile & { exportedAt: string }> {
  const values = await Promise.all(
    Object.entries(SETTINGS).map(async ([name, item]) => [name, await item.getValue()]),
  );
  return {
    format: FILE_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    ...Object.fromEntries(values),
  };
}

export type ImportCheck = { ok: true; file: SettingsFile } | { ok: false; error: string };

export function checkImport(text: string, compile = compileUserPatterns): ImportCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not a JSON file' };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.error.issues[0]) };
  const file = parsed.data;
  const specs = userSpecs(file.customPhrases ?? [], file.customPatterns ?? []);
  const [problem] = compile(specs).diagnostics;
  if (problem) {
    const phraseIndex = file.customPhrases?.findIndex((p) => p.id === problem.id) ?? -1;
    const field =
      phraseIndex >= 0
        ? `customPhrases[${phraseIndex}].text`
        : `customPatterns[${file.customPatterns?.findIndex((p) => p.id === problem.id) ?? -1}].source`;
    return { ok: false, error: `${field}: ${problem.message}` };
  }
  return { ok: true, file };
}

/** Writes only after checkImport accepted the whole file. */
export async function applyImport(file: SettingsFile): Promise<void> {
  const { format: _format, version: _version, ...values } = file;
  await Promise.all(
    Object.entries(values).map(([name, value]) =>
      (SETTINGS[name as keyof typeof SETTINGS] as { setValue(v: unknown): Promise<void> }).setValue(
        value,
      ),
    ),
  );
}

export async function restoreDefaults(): Promise<void> {
  await Promise.all(
    Object.values(SETTINGS).map((item) =>
      (item as { setValue(v: unknown): Promise<void>; fallback: unknown }).setValue(item.fallback),
    ),
  );
}
