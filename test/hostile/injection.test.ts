// Payloads in endpoint names, methods and error messages (fixtures/hostile/injection) never
// become markup in the Markdown report (API and CLI) nor formulas in the CSV exports.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { mdText } from '../../lib/domain/format/markdown-text';
import { PAYLOADS } from './corpus';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-inject-')), 'api.db')}`;
const runs = await import('../../app/api/runs/route');
const one = await import('../../app/api/runs/[id]/route');
const compare = await import('../../app/api/compare/route');

const ROOT = join(import.meta.dirname, '../..');
const DIR = join(ROOT, 'fixtures/hostile/injection');
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const ids: string[] = [];

async function upload(names: string[]): Promise<string> {
  const form = new FormData();
  for (const n of names) form.append('files', new Blob([readFileSync(join(DIR, n))]), n);
  form.append('label', names[0]!.split('_')[0]!);
  const res = await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

beforeAll(async () => {
  ids.push(await upload(['run-a_stats.csv', 'run-a_failures.csv', 'run-a_exceptions.csv']));
  ids.push(await upload(['run-b_stats.csv', 'run-b_failures.csv']));
});

/** `|` not escaped by a backslash. */
const unescaped = (text: string, char: string) =>
  [...text.matchAll(new RegExp(`(?<!\\\\)(?:\\\\\\\\)*\\${char}`, 'g'))].length;

function expectInert(md: string): void {
  for (const p of Object.values(PAYLOADS)) {
    const shown = mdText(p);
    expect(md, `payload ${JSON.stringify(p)} shown escaped`).toContain(shown);
  }
  // No markup from data: no raw HTML, link, image, code span or autolink-able scheme.
  expect(md).not.toMatch(/(?<!\\)<(?:script|img)/i);
  expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
  expect(md).not.toMatch(/(?<!\\)!\[/);
  expect(md).not.toContain('javascript:');
  expect(unescaped(md, '`')).toBe(0);
  expect(unescaped(md, '<')).toBe(0);
  expect(md.split('\n').filter((l) => /^#+ heading/.test(l))).toEqual([]);
  // Every table row has as many cell separators as its header.
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
    const width = unescaped(lines[i]!, '|');
    for (let j = i + 1; lines[j]?.startsWith('|'); j++) expect(unescaped(lines[j]!, '|'), lines[j]).toBe(width);
  }
}

function expectNoFormula(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data.filter((r) => r.length > 1);
  for (const cell of rows.flat()) {
    if (/^[=+\-@\t\r]/.test(cell)) expect(cell, `cell ${JSON.stringify(cell)}`).toMatch(/^-\d+(\.\d+)?(e[+-]?\d+)?$/);
  }
  return rows;
}

describe('the Markdown report escapes data', () => {
  test('GET /api/compare?format=md', async () => {
    const res = await compare.GET(new Request(`http://test/api/compare?runs=${ids.join(',')}&format=md`));
    expect(res.status).toBe(200);
    expectInert(await res.text());
  });

  test('swarmlens compare --format md', async () => {
    const run = (p: string) => ['_stats.csv', '_failures.csv'].map((s) => join(DIR, `${p}${s}`)).join(',');
    const r = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, [
        join(ROOT, 'bin/swarmlens.mjs'),
        'compare',
        run('run-a'),
        run('run-b'),
        '--format',
        'md',
      ]);
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('close', (code) => resolve({ code, out, err }));
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expectInert(r.out);
  }, 60_000);
});

describe('CSV exports neutralise formulas', () => {
  test('GET /api/compare?format=csv: the per-endpoint degradation table', async () => {
    const res = await compare.GET(new Request(`http://test/api/compare?runs=${ids.join(',')}&format=csv`));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toContain('attachment');
    const rows = expectNoFormula(Buffer.from(await res.arrayBuffer()).toString('utf8'));
    expect(rows[0]!.slice(0, 4)).toEqual(['Method', 'Name', 'run-a: requests', 'run-a: failures']);
    const names = rows.slice(1).map((r) => r[1]);
    expect(names).toContain(`'${PAYLOADS.hyperlink}`);
    expect(names).toContain(`'${PAYLOADS.minus}`);
    expect(names).toContain(PAYLOADS.script);
    expect(rows.slice(1).map((r) => r[0])).toContain(`'=SUM(A1)`);
    expect(rows.slice(1).every((r) => r.length === rows[0]!.length)).toBe(true);
  });

  test('GET /api/runs/:id?format=csv: the run endpoint statistics, negative numbers kept numeric', async () => {
    const res = await one.GET(new Request(`http://test/api/runs/${ids[0]}?format=csv`), ctx({ id: ids[0]! }));
    expect(res.status).toBe(200);
    const rows = expectNoFormula(Buffer.from(await res.arrayBuffer()).toString('utf8'));
    expect(rows).toHaveLength(1 + 13 + 1);
    expect(rows.at(-1)!.slice(0, 4)).toEqual(['', 'Aggregated', '1378', '12']);
    expect(rows.map((r) => r[1])).toEqual(
      expect.arrayContaining([
        `'${PAYLOADS.plus}`,
        `'${PAYLOADS.at}`,
        `'${PAYLOADS.tab}`,
        `'${PAYLOADS.cr}`,
        PAYLOADS.newline,
      ]),
    );
  });

  test('an unknown format is a 400', async () => {
    const res = await one.GET(new Request(`http://test/api/runs/${ids[0]}?format=xlsx`), ctx({ id: ids[0]! }));
    expect(res.status).toBe(400);
  });
});
