// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeLinesEnd, piecesOf } from '@/src/cli/jsonl-batch';

// The `scan --jsonl` contract, end to end through the real command: one output line per
// input line, in input order, {"id","flagged","categories","findings":[...]} or an error line.
// `npm run scan` runs scripts/scan.mjs, which bundles src/cli and runs the bundle.
const CLI = resolve('scripts/scan.mjs');
const dir = mkdtempSync(join(tmpdir(), 'onside-scan-'));

function scan(args: string[], stdin?: string): { out: string[]; code: number | null; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 1 << 28,
  });
  const out = r.stdout.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return { out, code: r.status, err: r.stderr };
}
const parse = (line: string): Record<string, unknown> =>
  JSON.parse(line) as Record<string, unknown>;

describe('scan --jsonl', () => {
  it('answers each line, in order, with exactly the contract fields', () => {
    const input = [
      { id: 'a', text: "Let's move this to WhatsApp, +1 415 555 0134", lang: 'en' },
      { id: 7, text: 'The PayPal checkout webhook fails on refunds.' },
      { id: 'c', text: 'Pay me via Payoneer and we skip the fee' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const { out, code } = scan(['--jsonl', '-'], input);
    expect(code).toBe(0);
    expect(out.map((l) => parse(l).id)).toEqual(['a', 7, 'c']);
    const first = parse(out[0] ?? '');
    expect(Object.keys(first)).toEqual(['id', 'flagged', 'categories', 'findings']);
    expect(first.flagged).toBe(true);
    expect(first.categories).toContain('contact');
    const finding = (first.findings as Array<Record<string, unknown>>)[0] ?? {};
    expect(Object.keys(finding)).toEqual(['ruleId', 'category', 'severity', 'start', 'end']);
    expect(parse(out[1] ?? '')).toEqual({ id: 7, flagged: false, categories: [], findings: [] });
  });

  it('gives a bad, empty or text-less line an error line and goes on', () => {
    const input = ['{"id":1,"text":"hi"}', 'not json', '', '{"id":2}', '{"id":3,"text":"ok"}'];
    const { out, code } = scan(['--jsonl'], `${input.join('\n')}\n`);
    expect(code).toBe(0);
    expect(out).toHaveLength(5);
    expect(parse(out[1] ?? '').error).toMatch(/^invalid JSON/);
    expect(parse(out[2] ?? '')).toEqual({ id: null, error: 'empty line' });
    expect(parse(out[3] ?? '')).toEqual({ id: 2, error: 'missing "text" string' });
    expect(parse(out[4] ?? '').id).toBe(3);
  });

  it('reads \\r\\n and \\r line ends, and a last line without one', () => {
    const { out } = scan(
      ['--jsonl'],
      '{"id":1,"text":"a"}\r\n{"id":2,"text":"b"}\r{"id":3,"text":"c"}',
    );
    expect(out.map((l) => parse(l).id)).toEqual([1, 2, 3]);
  });

  it('scans a long export on worker threads with the same output as on one thread', () => {
    const corpus = readFileSync(resolve('../shared/corpus/messages.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean);
    const lines: string[] = [];
    for (let size = 0, i = 0; size < 1.5 * 2 ** 20; i++) {
      const record = parse(corpus[i % corpus.length] ?? '{}');
      const line = JSON.stringify({ id: `m${i}`, text: record.text });
      lines.push(line);
      size += line.length + 1;
    }
    const file = join(dir, 'long.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const one = scan(['--jsonl', '--workers', '0', file]);
    const pool = scan(['--jsonl', '--workers', '2', file]);
    expect(one.out).toHaveLength(lines.length);
    expect(pool.out).toEqual(one.out);
    // Two CLI runs over 1.5 MB (and a bundle rebuild after a source change): no speed check,
    // so a loaded machine gets room rather than the 5 s default.
  }, 30_000);

  it('reads a line of several megabytes whole', () => {
    const file = join(dir, 'huge.jsonl');
    const text = `Pay me on PayPal. ${'x'.repeat(6 * 2 ** 20)}`;
    writeFileSync(file, `${JSON.stringify({ id: 'huge', text })}\r\n{"id":"next","text":"ok"}`);
    const { out } = scan(['--jsonl', file]);
    expect(out.map((l) => parse(l).id)).toEqual(['huge', 'next']);
    expect(parse(out[0] ?? '').findings).toEqual([
      {
        ruleId: 'payment.offplatform-rail',
        category: 'payment',
        severity: 'high',
        start: 10,
        end: 16,
      },
    ]);
  });

  it('decodes characters split between two reads of the file', () => {
    // "€" is three bytes: the 64 KB reads of the file cut some of them in two.
    const file = join(dir, 'euro.jsonl');
    const text = `${'€'.repeat(50_000)} Pay me on PayPal.`;
    writeFileSync(file, `${JSON.stringify({ id: 'euro', text })}\n`);
    const { out } = scan(['--jsonl', file]);
    expect(parse(out[0] ?? '').findings).toEqual([
      expect.objectContaining({ start: 50_011, end: 50_017 }),
    ]);
  });

  it('ends quietly when the reader stops early', () => {
    const file = join(dir, 'many.jsonl');
    const line = JSON.stringify({ id: 'x', text: 'Send me your number on WhatsApp' });
    writeFileSync(file, `${Array.from({ length: 50_000 }, () => line).join('\n')}\n`);
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${CLI}" --jsonl "${file}" | head -n 1`],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.stdout.split('\n')[0]).toMatch(/^\{"id":"x","flagged":true/);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('refuses a bad --workers value with a clear message', () => {
    const { code, err } = scan(['--jsonl', '--workers', 'many', '-'], '');
    expect(code).toBe(2);
    expect(err).toMatch(/--workers takes a whole number/);
  });
});

describe('line blocks', () => {
  it('keeps a trailing \\r back until it knows whether \\n follows', () => {
    expect(completeLinesEnd(Buffer.from('a\nb\r'))).toBe(2);
    expect(completeLinesEnd(Buffer.from('a\r\nb'))).toBe(3);
    expect(completeLinesEnd(Buffer.from('abc'))).toBe(0);
    expect(completeLinesEnd(Buffer.from('é\nü'))).toBe(3); // bytes, not characters
  });

  it('cuts blocks only at line ends', () => {
    const block = 'one\ntwo\nthree\nfour\n';
    const pieces = [...piecesOf(block, 5)];
    expect(pieces.join('')).toBe(block);
    for (const p of pieces) expect(p.endsWith('\n')).toBe(true);
  });
});
