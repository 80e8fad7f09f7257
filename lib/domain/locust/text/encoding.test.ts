// Encoding detection on real files: a real GBK run (zhajiangmian), the cp1252 hostile sample, and
// real Locust 2.12 CSVs (smallpool-40u) with names and failure messages translated and encoded
// with iconv (fixtures/encodings/, README there). Confidences are chardet's, as measured.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LocustInputError, parseFile, parseRunFiles, siblingEncodings, toRunJson } from '../index';
import { createFileParser } from '../parse-file';
import { DETECT_SAMPLE_BYTES, detectEncoding, nonAsciiLines } from './detect';
import { resolveEncodingLabel } from './encodings';

const read = (path: string) => ({
  name: path.split('/').pop() as string,
  bytes: new Uint8Array(readFileSync(new URL(`../../../../fixtures/${path}`, import.meta.url))),
});

/** The file's endpoint names and failure messages. */
function texts(path: string): string[] {
  const r = parseFile(read(path));
  return [...(r.stats?.endpoints ?? []).map((e) => e.name), ...(r.failures ?? []).map((f) => f.error)];
}

// file, encoding, confidence (chardet's, rounded to 0.01), text it must decode to.
const CASES: [string, string, number, string][] = [
  ['encodings/ko-cp949_failures.csv', 'euc-kr', 1, "CatchResponseError('내역 요약 조회 실패: 500')"],
  ['encodings/ko-cp949_stats.csv', 'euc-kr', 1, '로그인 화면'],
  ['encodings/ja-shift_jis_failures.csv', 'shift_jis', 1, "CatchResponseError('内訳集計の取得に失敗しました: 500')"],
  ['encodings/ja-shift_jis_stats.csv', 'shift_jis', 1, 'ログイン画面'],
  ['encodings/ja-euc-jp_failures.csv', 'euc-jp', 1, "CatchResponseError('内訳集計の取得に失敗しました: 500')"],
  ['encodings/ja-euc-jp_stats.csv', 'euc-jp', 1, 'ログイン画面'],
  ['encodings/zh-cn-gb18030_failures.csv', 'gb18030', 0.99, "CatchResponseError('预算汇总查询失败: 500')"],
  ['encodings/zh-cn-gb18030_stats.csv', 'gb18030', 0.92, '登录页面'],
  ['encodings/zh-tw-big5_failures.csv', 'big5', 0.85, "CatchResponseError('預算摘要查詢失敗: 500')"],
  ['encodings/zh-tw-big5_stats.csv', 'big5', 0.63, '登入頁面'],
  [
    'encodings/ru-windows-1251_failures.csv',
    'windows-1251',
    0.25,
    "CatchResponseError('Не удалось получить сводку сметы: 500')",
  ],
  // Two Chinese characters only: too little evidence, GB18030 kept as the default, warned.
  ['locust-real/zhajiangmian-locust1.1-gbk/locust_stats.csv', 'gb18030', 0.1, 'get接口'],
  ['hostile/cp1252_stats.csv', 'windows-1252', 0.27, '/café'],
  ['hostile/utf16_stats.csv', 'utf-16le', 1, '/'],
  ['encodings/utf8/ko_failures.csv', 'utf-8', 1, "CatchResponseError('내역 요약 조회 실패: 500')"],
  ['locust-real/zhajiangmian-locust1.1-gbk/locust_stats_history.csv', 'utf-8', 1, ''],
];

describe.each(CASES)('%s', (path, encoding, confidence, text) => {
  const r = parseFile(read(path));

  test(`decodes as ${encoding} with confidence ${confidence}`, () => {
    expect(r.info.encoding).toBe(encoding);
    expect(r.info.encodingConfidence).toBeCloseTo(confidence, 2);
    if (text !== '') expect(texts(path)).toContain(text);
  });

  test(confidence < 0.8 ? 'warns, naming the file and the encoding' : 'no encoding warning', () => {
    const warning = r.warnings.find((w) => w.includes('decoded as'));
    if (confidence >= 0.8) return expect(warning).toBeUndefined();
    expect(warning).toMatch(
      new RegExp(
        `^${path.split('/').pop()}: decoded as \\S+ with confidence ${confidence.toFixed(2)}; ` +
          'choose the encoding if names look wrong$',
      ),
    );
  });
});

test('Korean failure messages are not decoded as Chinese (CP949 vs the old GB18030-first order)', () => {
  const errors = parseFile(read('encodings/ko-cp949_failures.csv')).failures!.map((f) => f.error);
  expect(errors.join('')).toMatch(/[\uac00-\ud7a3]/); // Hangul syllables
  expect(errors.join('')).not.toMatch(/[\u4e00-\u9fff]/); // no CJK ideographs
  expect(errors).toContain(
    "ConnectionResetError(10054, '현재 연결은 원격 호스트에 의해 강제로 끊겼습니다', None, 10054, None)",
  );
});

test('a short single-byte file the detector gets wrong is warned about, and the choice fixes it', () => {
  // chardet's n-gram detectors are weak on 14 short Cyrillic names: ISO-8859-1 (0.25) wins.
  const path = 'encodings/ru-windows-1251_stats.csv';
  expect(parseFile(read(path)).warnings[0]).toBe(
    'ru-windows-1251_stats.csv: decoded as windows-1252 with confidence 0.25; choose the encoding if names look wrong',
  );
  const chosen = parseFile(read(path), 'cp1251');
  expect(chosen.info).toMatchObject({ encoding: 'windows-1251', encodingConfidence: 1 });
  expect(chosen.warnings).toEqual([]);
  expect(chosen.stats?.endpoints[0]?.name).toBe('Страница входа');
});

test('a chosen encoding has confidence 1 and no warning; an unknown one is refused', () => {
  const gbk = parseFile(read('locust-real/zhajiangmian-locust1.1-gbk/locust_stats.csv'), 'gbk');
  expect(gbk.info).toMatchObject({ encoding: 'gbk', encodingConfidence: 1 });
  expect(gbk.warnings).toEqual([]);
  expect(gbk.stats?.endpoints[0]?.name).toBe('get接口');
  expect(() => parseFile(read('hostile/cp1252_stats.csv'), 'latin-9000')).toThrow(LocustInputError);
});

test("the run carries each file's encoding and confidence, and the warnings", () => {
  const files = ['locust_stats.csv', 'locust_stats_history.csv', 'locust_failures.csv'].map((n) =>
    read(`locust-real/zhajiangmian-locust1.1-gbk/${n}`),
  );
  const json = toRunJson(parseRunFiles(files));
  expect(json.files.map((f) => [f.name, f.encoding, f.encodingConfidence])).toEqual([
    ['locust_stats.csv', 'gb18030', 0.1],
    ['locust_stats_history.csv', 'utf-8', 1],
    ['locust_failures.csv', 'utf-8', 1],
  ]);
  expect(json.warnings).toContain(
    'locust_stats.csv: decoded as GB18030 with confidence 0.10; choose the encoding if names look wrong',
  );
  const chosen = toRunJson(parseRunFiles(files, { 'locust_stats.csv': 'gbk' }));
  expect(chosen.files[0]).toMatchObject({ encoding: 'gbk', encodingConfidence: 1 });
  expect(chosen.warnings.filter((w) => w.includes('decoded as'))).toEqual([]);
});

test('the encoding is decided on the first chunk and characters cut between chunks decode right', () => {
  const { name, bytes } = read('encodings/ko-cp949_failures.csv');
  // Decided on the first 400 bytes (header + 3 Korean rows), then streamed one byte at a time.
  const parser = createFileParser(name, { sniffBytes: 400 });
  for (let i = 0; i < bytes.length; i++) parser.push(bytes.subarray(i, i + 1));
  const streamed = parser.end();
  expect(detectEncoding(bytes.subarray(0, 400), false)).toEqual({ encoding: 'euc-kr', confidence: 1 });
  expect(streamed).toEqual(parseFile({ name, bytes }));
});

test('the detector sees at most 64 KiB of the lines holding non-ASCII bytes', () => {
  const ascii = new TextEncoder().encode('GET,/plain,1\n'.repeat(5000));
  const korean = new Uint8Array(
    readFileSync(new URL('../../../../fixtures/encodings/ko-cp949_failures.csv', import.meta.url)),
  );
  const big = new Uint8Array(ascii.length + korean.length * 100);
  big.set(ascii);
  for (let i = 0; i < 100; i++) big.set(korean, ascii.length + i * korean.length);
  const { sample, truncated } = nonAsciiLines(big, DETECT_SAMPLE_BYTES);
  expect(sample.length).toBe(DETECT_SAMPLE_BYTES);
  expect(truncated).toBe(true);
  expect(sample.indexOf(0x2f /* '/' of "/plain" */)).toBeGreaterThan(0); // only Korean lines (with their URLs)
  expect(new TextDecoder().decode(sample.subarray(0, 20))).not.toContain('/plain');
  expect(detectEncoding(big, false)).toEqual({ encoding: 'euc-kr', confidence: 1 });
});

test.each([
  ['cp949', 'euc-kr'],
  ['EUC-KR', 'euc-kr'],
  ['ks_c_5601-1987', 'euc-kr'],
  ['Shift_JIS', 'shift_jis'],
  ['cp932', 'shift_jis'],
  ['euc-jp', 'euc-jp'],
  ['GB18030', 'gb18030'],
  ['gbk', 'gbk'],
  ['big5', 'big5'],
  ['windows-1252', 'windows-1252'],
  ['cp1251', 'windows-1251'],
  ['latin1', 'windows-1252'],
  ['utf8', 'utf-8'],
  ['UTF-16LE', 'utf-16le'],
  ['iso-2022-kr', null],
  ['nope', null],
  ['', null],
])('label %s -> %s', (label, expected) => {
  expect(resolveEncodingLabel(label)).toBe(expected);
});

describe('genuine CP949 and Shift_JIS runs (Locust 2.12.1 under ko_KR.CP949 / ja_JP.SJIS)', () => {
  const run = (dir: string) => ['stats', 'failures'].map((k) => read(`encodings/${dir}/${dir}_${k}.csv`));

  test.each([
    [
      'korean-cp949-20u',
      'euc-kr',
      ['/dashboard/ 대시보드', '/project/[id]/schedule/ 공정표'],
      "CatchResponseError('로그인 실패: 500')",
    ],
    [
      'japanese-sjis-20u',
      'shift_jis',
      ['/dashboard/ ダッシュボード', '/project/[id]/schedule/ 工程表'],
      "CatchResponseError('ログイン失敗: 500')",
    ],
  ])('%s: the failures tell %s; the stats file, too short to tell, takes it', (dir, encoding, names, failure) => {
    const [stats, failures] = run(dir).map((f) => parseFile(f));
    expect(failures!.info).toMatchObject({ encoding, encodingConfidence: 1 });
    expect(failures!.failures!.map((f) => f.error)).toContain(failure);
    // On its own: 14 / 12 non-ASCII bytes, GB18030 kept as the default at 0.10, with a warning.
    expect(stats!.info).toMatchObject({ encoding: 'gb18030', encodingConfidence: 0.1 });
    const parsed = parseRunFiles(run(dir));
    expect(parsed.files.map((f) => [f.encoding, f.encodingConfidence])).toEqual([
      [encoding, 1],
      [encoding, 1],
    ]);
    expect(parsed.endpoints.map((e) => e.name).filter((n) => /[^\x00-\x7f]/.test(n))).toEqual(names);
    expect(parsed.warnings.filter((w) => w.includes('decoded as'))).toEqual([]);
  });

  test('a file whose encoding the user chose takes no hint; nor does a run whose files disagree', () => {
    const files = run('korean-cp949-20u');
    const chosen = parseRunFiles(files, { 'korean-cp949-20u_stats.csv': 'gb18030' });
    expect(chosen.files.find((f) => f.name.endsWith('_stats.csv'))).toMatchObject({
      encoding: 'gb18030',
      encodingConfidence: 1,
    });
    const results = [parseFile(files[0]!), parseFile(files[1]!), parseFile(read('encodings/ko-cp949_stats.csv'))];
    expect(siblingEncodings(results).get('korean-cp949-20u_stats.csv')).toEqual({
      encoding: 'euc-kr',
      confidence: 1,
      from: 'korean-cp949-20u_failures.csv',
    });
    // Two siblings that tell different encodings clearly: neither is trusted for the stats file.
    const [stats, failures] = [parseFile(files[0]!), parseFile(files[1]!)];
    const exceptions = {
      ...failures!,
      info: {
        ...failures!.info,
        name: 'korean-cp949-20u_exceptions.csv',
        kind: 'exceptions' as const,
        encoding: 'shift_jis',
      },
    };
    expect(siblingEncodings([stats!, failures!, exceptions]).size).toBe(0);
  });
});
