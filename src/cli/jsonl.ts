import type { Scanner } from '../detector/index';

// The --jsonl contract (a held-out corpus is scored through it): exactly one output line
// per input line, in order; a malformed line yields {"id", "error"} and is not fatal.
export function scanJsonLine(scanner: Scanner, line: string, contractActive: boolean): string {
  let record: unknown;
  if (line.trim().length === 0) return JSON.stringify({ id: null, error: 'empty line' });
  try {
    record = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({
      id: null,
      error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  const obj =
    typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : {};
  const id = obj.id ?? null;
  if (typeof obj.text !== 'string') return JSON.stringify({ id, error: 'missing "text" string' });
  const result = scanner.scan(obj.text, { contractActive });
  // Written out by hand: the same JSON as stringifying the object, without building it.
  let findings = '';
  for (const f of result.findings) {
    if (findings.length > 0) findings += ',';
    findings += `{"ruleId":${JSON.stringify(f.ruleId)},"category":"${f.category}","severity":"${f.severity}","start":${f.start},"end":${f.end}}`;
  }
  const categories = result.categories.map((c) => `"${c}"`).join(',');
  return `{"id":${JSON.stringify(id)},"flagged":${result.flagged},"categories":[${categories}],"findings":[${findings}]}`;
}
