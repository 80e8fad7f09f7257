// `--encoding LABEL` (every file) and `--encoding FILE=LABEL` (one file) for every command that
// reads runs, as users run them (a child process).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const GBK = join(ROOT, 'fixtures/locust-real/zhajiangmian-locust1.1-gbk');
const RU = mkdtempSync(join(tmpdir(), 'swarmlens-ru-'));
for (const n of ['ru-windows-1251_stats.csv', 'ru-windows-1251_failures.csv'])
  copyFileSync(join(ROOT, 'fixtures/encodings', n), join(RU, n));

function swarmlens(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/swarmlens.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const parse = (...args: string[]) => JSON.parse(swarmlens(['parse', ...args]).stdout);

test('parse: detected encodings and their confidence in files[], a warning below 0.8', () => {
  const run = parse(RU);
  expect(
    run.files.map((f: { encoding: string; encodingConfidence: number }) => [f.encoding, f.encodingConfidence]),
  ).toEqual([
    ['windows-1251', 0.25],
    ['windows-1252', 0.25],
  ]);
  expect(run.warnings).toContain(
    'ru-windows-1251_stats.csv: decoded as windows-1252 with confidence 0.25; choose the encoding if names look wrong',
  );
});

test.each([
  [['--encoding', 'cp1251']],
  [['--encoding=windows-1251']],
  [['--encoding', 'ru-windows-1251_stats.csv=windows-1251', '--encoding', 'ru-windows-1251_failures.csv=cp1251']],
])('parse %j: the chosen encoding, confidence 1, no warning', (options) => {
  const run = parse(RU, ...options);
  expect(run.endpoints[0].name).toBe('Страница входа');
  expect(run.failures[0].error).toBe("CatchResponseError('Не удалось получить сводку сметы: 500')");
  expect(run.files.map((f: { encodingConfidence: number }) => f.encodingConfidence)).toEqual([1, 1]);
  expect(run.warnings.filter((w: string) => w.includes('decoded as'))).toEqual([]);
});

test('FILE=LABEL applies to that file only', () => {
  const run = parse(GBK, '--encoding', 'locust_stats.csv=gbk');
  expect(
    run.files.map((f: { name: string; encoding: string; encodingConfidence: number }) => [
      f.name,
      f.encoding,
      f.encodingConfidence,
    ]),
  ).toEqual([
    ['locust_failures.csv', 'utf-8', 1],
    ['locust_stats.csv', 'gbk', 1],
    ['locust_stats_history.csv', 'utf-8', 1],
  ]);
});

test('compare and check take --encoding too', () => {
  const compared = swarmlens(['compare', RU, GBK, '--encoding', 'ru-windows-1251_stats.csv=windows-1251']);
  expect(compared.code).toBe(0);
  expect(compared.stdout).toContain('Страница входа');
  // A criterion on a Cyrillic endpoint name: judged only when the name decodes right.
  const criteria = join(RU, 'criteria.json');
  writeFileSync(
    criteria,
    JSON.stringify({
      name: 'ru',
      criteria: [{ metric: 'requests', scope: 'endpoint:GET Страница входа', op: '>=', target: 1 }],
    }),
  );
  expect(swarmlens(['check', RU, '--criteria', criteria]).code).toBe(1);
  const checked = swarmlens(['check', RU, '--criteria', criteria, '--encoding', 'cp1251']);
  expect(checked.code).toBe(0);
  expect(JSON.parse(checked.stdout)).toMatchObject({ verdict: 'GO', results: [{ met: true, current: 69 }] });
  const unknown = swarmlens(['check', RU, '--criteria', criteria, '--encoding', 'klingon']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toBe(
    'swarmlens: --encoding: unknown encoding "klingon" (e.g. utf-8, euc-kr (cp949), shift_jis, euc-jp, gb18030, ' +
      'big5, windows-1252)\n',
  );
});

test('a FILE that matches no file read is reported on stderr', () => {
  const r = swarmlens(['parse', GBK, '--encoding', 'nope.csv=big5']);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('swarmlens: --encoding nope.csv=…: no file named nope.csv was read\n');
});

test("a genuine CP949 run reads as Korean without --encoding (the stats file takes its failures' encoding)", () => {
  const run = parse(join(ROOT, 'fixtures/encodings/korean-cp949-20u'));
  expect(run.endpoints.map((e: { name: string }) => e.name)).toContain('/project/[id]/schedule/ 공정표');
  expect(run.failures.map((f: { error: string }) => f.error)).toContain(
    "CatchResponseError('서버 오류 500: 내부 서버 오류')",
  );
  expect(
    run.files.map((f: { encoding: string; encodingConfidence: number }) => [f.encoding, f.encodingConfidence]),
  ).toEqual([
    ['euc-kr', 1],
    ['euc-kr', 1],
  ]);
});
