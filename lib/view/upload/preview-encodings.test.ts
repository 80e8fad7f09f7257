// The upload preview's encodings: each file's detected encoding and confidence, a warning below
// 0.8, the user's choice re-parsing the file, and the `encodings` field built for the server.
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { InputFile } from '../../domain/locust/index';
import { encodingsFormField, parseEncodingsField, unknownNamesMessage } from './encodings-field';
import { describeEncoding } from './preview-describe';
import { buildPreview } from './preview-model';

const root = new URL('../../../fixtures/', import.meta.url);
const file = (path: string): InputFile => ({
  name: path.split('/').pop()!,
  bytes: new Uint8Array(readFileSync(new URL(path, root))),
});
const GBK = ['locust_stats.csv', 'locust_stats_history.csv', 'locust_failures.csv'].map((n) =>
  file(`locust-real/zhajiangmian-locust1.1-gbk/${n}`),
);
const KO = [file('encodings/ko-cp949_stats.csv'), file('encodings/ko-cp949_failures.csv')];
const RU = [file('encodings/ru-windows-1251_stats.csv'), file('encodings/ru-windows-1251_failures.csv')];
const encodingOf = (files: ReturnType<typeof buildPreview>['files']) =>
  files.map((f) => [f.name, f.encoding, f.encodingConfidence, f.encodingChosen]);

describe('preview encodings', () => {
  test('each file shows its detected encoding and confidence; a guess below 0.8 is a warning', () => {
    const preview = buildPreview([...GBK, ...KO]);
    expect(encodingOf(preview.files)).toEqual([
      ['locust_stats.csv', 'gb18030', 0.1, false],
      ['locust_stats_history.csv', 'utf-8', 1, false],
      ['locust_failures.csv', 'utf-8', 1, false],
      ['ko-cp949_stats.csv', 'euc-kr', 1, false],
      ['ko-cp949_failures.csv', 'euc-kr', 1, false],
    ]);
    expect(preview.warnings).toContainEqual({
      message: 'locust_stats.csv: decoded as GB18030 with confidence 0.10; choose the encoding if names look wrong',
      runKeys: ['locust'],
    });
    expect(preview.warnings.filter((w) => w.runKeys.includes('ko-cp949'))).toEqual([]);
  });

  test('a chosen encoding re-parses the file (confidence 1, no warning) and its unsure siblings', () => {
    const preview = buildPreview(RU, { 'ru-windows-1251_stats.csv': 'windows-1251' });
    expect(
      preview.files.map((f) => [f.name, f.encoding, f.encodingConfidence, f.encodingChosen, f.encodingFrom]),
    ).toEqual([
      ['ru-windows-1251_stats.csv', 'windows-1251', 1, true, null],
      // detected windows-1251 at 0.25 on its own; the user's choice for its sibling settles it
      ['ru-windows-1251_failures.csv', 'windows-1251', 1, false, 'ru-windows-1251_stats.csv'],
    ]);
    expect(preview.warnings).toEqual([]);
  });

  test("a file too short to tell takes its run's other file's encoding, and says so", () => {
    const run = ['stats', 'failures'].map((k) => file(`encodings/korean-cp949-20u/korean-cp949-20u_${k}.csv`));
    const preview = buildPreview(run);
    expect(preview.files.map((f) => [f.name, f.encoding, f.encodingConfidence, f.encodingFrom])).toEqual([
      ['korean-cp949-20u_stats.csv', 'euc-kr', 1, 'korean-cp949-20u_failures.csv'],
      ['korean-cp949-20u_failures.csv', 'euc-kr', 1, null],
    ]);
    expect(preview.warnings.filter((w) => w.message.includes('decoded as'))).toEqual([]);
    const stats = preview.files[0]!;
    expect(
      describeEncoding(stats.encoding!, stats.encodingConfidence, stats.encodingChosen, stats.encodingFrom).note,
    ).toBe('as korean-cp949-20u_failures.csv (too short to tell)');
  });

  test('entries of a zip are chosen by their names (archive/entry.csv)', () => {
    const zip = { name: 'ru.zip', bytes: zipSync(Object.fromEntries(RU.map((f) => [f.name, f.bytes]))) };
    const preview = buildPreview([zip], { 'ru/ru-windows-1251_stats.csv': 'cp1251' });
    expect(preview.files[0]).toMatchObject({
      name: 'ru/ru-windows-1251_stats.csv',
      encoding: 'windows-1251',
      encodingChosen: true,
    });
  });

  test.each([
    ['euc-kr', 1, false, { name: 'EUC-KR', note: 'detected', warn: false }],
    ['big5', 0.63, false, { name: 'Big5', note: 'detected, 63% sure: check the names', warn: true }],
    ['gb18030', 0.92, false, { name: 'GB18030', note: 'detected, 92% sure', warn: false }],
    ['windows-1251', 1, true, { name: 'windows-1251', note: 'chosen', warn: false }],
    ['utf-8', null, false, { name: 'UTF-8', note: 'detected', warn: false }],
    ['gb18030', 0.1, false, { name: 'GB18030', note: 'detected, 10% sure: check the names', warn: true }],
  ] as const)('describeEncoding(%s, %s, chosen %s)', (encoding, confidence, chosen, want) => {
    expect(describeEncoding(encoding, confidence, chosen)).toEqual(want);
  });
});

describe('the encodings field', () => {
  test('only choices for files being sent go in it', () => {
    const choices = { 'a_stats.csv': 'euc-kr', 'removed.csv': 'big5' };
    expect(encodingsFormField(choices, ['a_stats.csv', 'a_failures.csv'])).toEqual([
      'encodings',
      '{"a_stats.csv":"euc-kr"}',
    ]);
    expect(encodingsFormField(choices, ['other.csv'])).toBeNull();
  });

  test.each([
    [undefined, { ok: true, choices: {} }],
    ['', { ok: true, choices: {} }],
    [
      '{"run_failures.csv":"CP949","b.csv":"Shift_JIS"}',
      { ok: true, choices: { 'run_failures.csv': 'euc-kr', 'b.csv': 'shift_jis' } },
    ],
    [
      '{"run_failures.csv":"klingon"}',
      { ok: false, message: expect.stringContaining('unknown encoding for run_failures.csv: "klingon"') },
    ],
    [
      '{"run_failures.csv":7}',
      { ok: false, message: expect.stringContaining('unknown encoding for run_failures.csv: 7') },
    ],
    ['["euc-kr"]', { ok: false, message: expect.stringContaining('must be an object') }],
    ['euc-kr', { ok: false, message: expect.stringContaining('is not JSON') }],
  ])('parseEncodingsField(%j)', (raw, want) => {
    expect(parseEncodingsField(raw)).toEqual(want);
  });

  test('names not in the upload are listed', () => {
    expect(unknownNamesMessage({ 'a.csv': 'big5' }, ['a.csv'])).toBeNull();
    expect(unknownNamesMessage({ 'a.csv': 'big5', 'x.csv': 'big5' }, ['a.csv'])).toBe(
      'field `encodings` names a file not in this upload: x.csv',
    );
  });
});
