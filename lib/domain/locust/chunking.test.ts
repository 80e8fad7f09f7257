// Streaming must not depend on where chunks end: any split of a file's bytes gives the same result
// as the whole file (multi-byte characters, \r\n and \r\r\n, quoted newlines cut mid-way).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createFileParser, parseFile } from './index';

const FILES = [
  'fixtures/locust-examples/v1.4.2-2.46.3__exceptions.csv',
  'fixtures/locust-examples/quirk__v1.1-2.46.3-on-windows__stats__CRCRLF.csv',
  'fixtures/locust-examples/quirk__v0.14.0-1.0.3__failures__unescaped-quotes-and-newline.csv',
  'fixtures/locust-examples/v2.2.2-2.46.3__stats_history_full.csv',
  'fixtures/locust-examples/quirk__v1.2-2.46.3__stats__quoted-names-and-NA.csv',
  'fixtures/locust-real/zhajiangmian-locust1.1-gbk/locust_stats.csv',
  'fixtures/locust-real/ons-srb-0003-locust0.14/baseline_1_client_stats_history.csv',
  'fixtures/locust-real/ravi3541-seeke-2.32.3/report_exceptions.csv',
  'fixtures/locust-examples/v2.44.0-2.46.3__report.html',
  'fixtures/encodings/ko-cp949_failures.csv',
  'fixtures/encodings/ja-shift_jis_stats.csv',
  'fixtures/encodings/zh-tw-big5_failures.csv',
];

test.each(FILES)('%s parses the same whatever the chunk boundaries', (path) => {
  const bytes = new Uint8Array(readFileSync(new URL(`../../../${path}`, import.meta.url)));
  const name = path.split('/').pop() as string;
  const whole = parseFile({ name, bytes });
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 }), (cuts) => {
      const points = [...new Set([0, ...cuts, bytes.length])].sort((a, b) => a - b);
      // A tiny sniff window, so the chunks really stream through the row readers (and multi-byte
      // characters are cut between chunks); the encoding detected on the whole file is forced.
      const { encoding, encodingConfidence } = whole.info;
      const parser = createFileParser(name, { sniffBytes: 8, encoding, encodingConfidence: encodingConfidence ?? 1 });
      for (let i = 1; i < points.length; i++) parser.push(bytes.subarray(points[i - 1], points[i]));
      expect(parser.end()).toEqual(whole);
    }),
    { numRuns: 80 },
  );
});

test('one byte at a time', () => {
  const path = 'fixtures/locust-examples/quirk__v1.1-2.46.3-on-windows__stats__CRCRLF.csv';
  const bytes = new Uint8Array(readFileSync(new URL(`../../../${path}`, import.meta.url)));
  const parser = createFileParser('crcrlf_stats.csv', { sniffBytes: 1 });
  for (let i = 0; i < bytes.length; i++) parser.push(bytes.subarray(i, i + 1));
  expect(parser.end()).toEqual(parseFile({ name: 'crcrlf_stats.csv', bytes }));
});
