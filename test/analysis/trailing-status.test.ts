// CatchResponseError / AssertionError messages that carry the HTTP status only at their end are
// classified by that status (issue 14): real texts from fixtures/*/_failures.csv, and the
// issue's own example. (Kept outside lib/domain/analysis, whose tests belong to another change.)
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { classifyFailure } from '@/lib/domain/analysis/failure-analysis';
import { parseFile } from '@/lib/domain/locust';

const errorsOf = (path: string) =>
  parseFile({
    name: path.split('/').pop()!,
    bytes: new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url))),
  }).failures!.map((f) => f.error);

test.each([
  // the issue's example, and the other trailing forms
  ["CatchResponseError('login failed: 500')", 'http-5xx', 500],
  ["CatchResponseError('login failed, status 503')", 'http-5xx', 503],
  ["CatchResponseError('upstream answered HTTP 502')", 'http-5xx', 502],
  ["CatchResponseError('login failed: 401.')", 'http-4xx', 401],
  ["AssertionError('unexpected response: 404')", 'http-4xx', 404],
  ["locust.exception.CatchResponseError('token refresh failed: 500')", 'http-5xx', 500],
  ["'CatchResponseError(\\'login failed: 500\\')'", 'http-5xx', 500], // double repr of a 2.10–2.27 master
  // real messages (fixtures/encodings: Locust 2.12 CSVs re-worded by a Korean/Chinese/Russian team)
  ["CatchResponseError('내역 요약 조회 실패: 500')", 'http-5xx', 500],
  ["CatchResponseError('预算汇总查询失败: 500')", 'http-5xx', 500],
  ["CatchResponseError('Не удалось загрузить параметры: 503')", 'http-5xx', 503],
  // stay what they were: no status at the end, a status not after ":"/status/HTTP, not a check exception
  [`CatchResponseError('Got wrong token, expected "abc"')`, 'assertion', null],
  ["CatchResponseError('공종 트리 응답 시간 초과 (9초)')", 'assertion', null],
  ["CatchResponseError('expected 3 items, found 500')", 'assertion', null],
  [
    'ReadTimeout(ReadTimeoutError("HTTPConnectionPool(host=\'x\', port=80): Read timed out. (read timeout=500)"))',
    'timeout',
    null,
  ],
  ['ValueError: 500', 'other', null],
])('%s -> %s %s', (error, category, statusCode) => {
  expect(classifyFailure(error)).toEqual({ category, statusCode });
});

test('every CatchResponseError of the Korean run that ends in a status is a server error', () => {
  const errors = errorsOf('encodings/ko-cp949_failures.csv').filter((e) =>
    /^CatchResponseError\(.*: 5\d\d'\)$/.test(e),
  );
  expect(errors).toHaveLength(3);
  for (const e of errors) expect(classifyFailure(e).category).toBe('http-5xx');
});

test('linear time on a hostile message', () => {
  const hostile = `CatchResponseError('${': '.repeat(200_000)}x')`;
  const started = performance.now();
  expect(classifyFailure(hostile).category).toBe('assertion');
  expect(performance.now() - started).toBeLessThan(500);
});
