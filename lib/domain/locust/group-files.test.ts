// Which files form which run: prefixes, renamed files, web downloads, folders in zips, plugins.
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { expect, test } from 'vitest';
import { LocustInputError, parseUpload } from './index';

const ex = (file: string) =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/locust-examples/${file}`, import.meta.url)));
const STATS = ex('v1.2-2.43.3__stats.csv');
const HISTORY = ex('v1.2-2.46.3__stats_history.csv');
const FAILURES = ex('v2.10.0-2.43.x__failures.csv');

test.each([
  [
    'one prefix',
    [
      ['a_stats.csv', STATS],
      ['a_stats_history.csv', HISTORY],
      ['a_failures.csv', FAILURES],
    ],
    [['a', 3]],
  ],
  [
    'two prefixes',
    [
      ['a_stats.csv', STATS],
      ['b_stats.csv', STATS],
      ['a_failures.csv', FAILURES],
    ],
    [
      ['a', 2],
      ['b', 1],
    ],
  ],
  [
    'renamed files, one of each kind',
    [
      ['final.csv', STATS],
      ['timeline.csv', HISTORY],
    ],
    [['final', 2]],
  ],
  [
    'web UI downloads',
    [
      ['requests_1700000000.12.csv', STATS],
      ['failures_1700000001.5.csv', FAILURES],
    ],
    [['requests', 2]],
  ],
  [
    'locust-plugins summary with its run',
    [
      ['a_stats.csv', STATS],
      ['a_transactions_summary.csv', ex('locust-plugins-1.0.20plus__transactions_summary.csv')],
    ],
    [['a', 2]],
  ],
] as const)('%s', (_what, files, expected) => {
  const { runs } = parseUpload(files.map(([name, bytes]) => ({ name, bytes })));
  expect(runs.map((r) => [r.key, r.run.files.length])).toEqual(expected);
});

test('a transactions summary is kept as transactions, not endpoints', () => {
  const { runs } = parseUpload([
    { name: 'a_stats.csv', bytes: STATS },
    { name: 'a_transactions_summary.csv', bytes: ex('locust-plugins-1.0.20plus__transactions_summary.csv') },
  ]);
  expect(runs[0]!.run.endpoints).toHaveLength(3);
  expect(runs[0]!.run.transactions).toMatchObject([
    { method: 'Transaction', name: 'checkout_flow', requests: 2, failures: 1 },
  ]);
});

test('same prefix in two folders of a zip: two runs', () => {
  const zip = zipSync({
    'run1/report_stats.csv': STATS,
    'run2/report_stats.csv': STATS,
    'run2/report_failures.csv': FAILURES,
  });
  const { runs } = parseUpload([{ name: 'both.zip', bytes: zip }]);
  expect(runs.map((r) => r.key)).toEqual(['both/run1/report', 'both/run2/report']);
});

test('two stats files with one prefix cannot be told apart', () => {
  expect(() =>
    parseUpload([
      { name: 'a_stats.csv', bytes: STATS },
      { name: 'a_stats.CSV', bytes: STATS },
      { name: 'a_failures.csv', bytes: FAILURES },
    ]),
  ).toThrow(LocustInputError);
});

test('a run needs statistics', () => {
  expect(() => parseUpload([{ name: 'a_failures.csv', bytes: FAILURES }])).toThrow(/no statistics in this run/);
});
