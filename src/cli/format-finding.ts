import type { Finding } from '../detector/types';

// Plain-text rendering: the line holding the finding with ^^^ under the span.
export function formatFinding(text: string, f: Finding): string {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const nl = text.indexOf('\n', f.start);
  const lineEnd = nl < 0 ? text.length : nl;
  const line = text.slice(lineStart, lineEnd);
  const lineNo = text.slice(0, lineStart).split('\n').length;
  const caretEnd = Math.min(f.end, lineEnd);
  const pad = ' '.repeat(f.start - lineStart);
  const marks = '^'.repeat(Math.max(1, caretEnd - f.start));
  return [
    `${f.severity.toUpperCase()} ${f.category} ${f.ruleId} (line ${lineNo}, ${f.start}-${f.end})`,
    `  ${line}`,
    `  ${pad}${marks}`,
    `  ${f.message}`,
    f.suggestion ? `  suggestion: ${f.suggestion}` : '',
    `  policy: ${f.policy.title} <${f.policy.url}> (checked ${f.policy.checked})`,
  ]
    .filter((l) => l.length > 0)
    .join('\n');
}
