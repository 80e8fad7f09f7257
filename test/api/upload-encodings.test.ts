// POST /api/runs with the `encodings` field (file name -> encoding label): the choice wins over
// detection, whatever the field's place in the multipart body; zip entries can be chosen; unknown
// labels and names not in the upload are a 400 naming them, and nothing is stored.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-enc-')), 'api.db')}`;

const runs = await import('../../app/api/runs/route');
const one = await import('../../app/api/runs/[id]/route');

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const GBK = ['locust_stats.csv', 'locust_stats_history.csv', 'locust_failures.csv'].map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(FIXTURES, 'locust-real/zhajiangmian-locust1.1-gbk', name))),
}));
const RU = ['ru-windows-1251_stats.csv', 'ru-windows-1251_failures.csv'].map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(FIXTURES, 'encodings', name))),
}));

type Part = { name: string; bytes: Uint8Array } | [string, string];
function form(parts: Part[]): FormData {
  const f = new FormData();
  for (const p of parts) {
    if (Array.isArray(p)) f.append(p[0], p[1]);
    else f.append('files', new Blob([p.bytes as BlobPart]), p.name);
  }
  return f;
}
const post = (parts: Part[]) => runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form(parts) }));
const stored = async (id: string) =>
  (await one.GET(new Request('http://test'), { params: Promise.resolve({ id }) })).json();
const total = async () => (await (await runs.GET(new Request('http://test/api/runs'))).json()).total as number;

describe('the encodings field', () => {
  test('without it, a low-confidence guess is stored with its warning', async () => {
    const res = await post(GBK);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.runs[0].warnings).toContain(
      'locust_stats.csv: decoded as GB18030 with confidence 0.10; choose the encoding if names look wrong',
    );
    const run = await stored(body.id);
    expect(run.files.find((f: { name: string }) => f.name === 'locust_stats.csv')).toMatchObject({
      encoding: 'gb18030',
    });
  });

  test.each([
    ['before the files', (f: Part) => [f, ...GBK]],
    ['after the files', (f: Part) => [...GBK, f]],
  ])('a chosen encoding (field %s) is used, with no warning', async (_, parts) => {
    const res = await post(parts(['encodings', JSON.stringify({ 'locust_stats.csv': 'gbk' })]) as Part[]);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.runs[0].warnings.filter((w: string) => w.includes('decoded as'))).toEqual([]);
    const run = await stored(body.id);
    expect(run.endpoints.map((e: { name: string }) => e.name)).toEqual(['get接口']);
    expect(run.files.find((f: { name: string }) => f.name === 'locust_stats.csv')).toMatchObject({ encoding: 'gbk' });
  });

  test('a file detected wrongly is parsed again with the chosen encoding (cp1251 alias)', async () => {
    const res = await post([
      ...RU,
      [
        'encodings',
        JSON.stringify({ 'ru-windows-1251_stats.csv': 'cp1251', 'ru-windows-1251_failures.csv': 'windows-1251' }),
      ],
    ]);
    expect(res.status).toBe(201);
    const run = await stored((await res.json()).id);
    expect(run.endpoints[0].name).toBe('Страница входа');
    expect(run.failures[0].error).toBe("CatchResponseError('Не удалось получить сводку сметы: 500')");
    expect(run.warnings.filter((w: string) => w.includes('decoded as'))).toEqual([]);
  });

  test('entries of a zip are chosen by their names in the upload (archive/entry.csv)', async () => {
    const zip = zipSync(Object.fromEntries(RU.map((f) => [f.name, f.bytes])));
    const res = await post([
      { name: 'ru.zip', bytes: zip },
      ['encodings', JSON.stringify({ 'ru/ru-windows-1251_stats.csv': 'windows-1251' })],
    ]);
    expect(res.status).toBe(201);
    const run = await stored((await res.json()).id);
    expect(run.endpoints[0].name).toBe('Страница входа');
    expect(run.files.map((f: { name: string; encoding: string }) => [f.name, f.encoding])).toEqual([
      ['ru/ru-windows-1251_stats.csv', 'windows-1251'],
      ['ru/ru-windows-1251_failures.csv', 'windows-1251'],
    ]);
  });

  test('a genuine CP949 run: the stats file, too short to tell, takes the encoding its failures tell', async () => {
    const dir = join(FIXTURES, 'encodings/korean-cp949-20u');
    const files = ['korean-cp949-20u_stats.csv', 'korean-cp949-20u_failures.csv'].map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(join(dir, name))),
    }));
    const res = await post(files);
    expect(res.status).toBe(201);
    const run = await stored((await res.json()).id);
    expect(run.endpoints.map((e: { name: string }) => e.name)).toContain('/dashboard/ 대시보드');
    expect(run.failures.map((f: { error: string }) => f.error)).toContain("CatchResponseError('로그인 실패: 500')");
    expect(run.files.map((f: { encoding: string }) => f.encoding)).toEqual(['euc-kr', 'euc-kr']);
    expect(run.warnings.filter((w: string) => w.includes('decoded as'))).toEqual([]);
  });

  test.each([
    [{ 'locust_stats.csv': 'latin-9000' }, 'field `encodings`: unknown encoding for locust_stats.csv: "latin-9000"'],
    [{ 'run_failures.csv': 'euc-kr' }, 'field `encodings` names a file not in this upload: run_failures.csv'],
    [{ 'a.csv': 'euc-kr', 'b.csv': 'big5' }, 'field `encodings` names files not in this upload: a.csv, b.csv'],
    [['euc-kr'], 'field `encodings` must be an object of file name -> encoding'],
    ['{"locust_stats.csv": euc-kr}', 'field `encodings` is not JSON'],
  ])('%j → 400 naming it, nothing stored', async (value, message) => {
    const before = await total();
    const res = await post([...GBK, ['encodings', typeof value === 'string' ? value : JSON.stringify(value)]]);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain(message);
    expect(await total()).toBe(before);
  });
});
