// The browser-side preview on real Locust outputs: kinds, eras, runs formed, and which selected
// files are left out because the server would refuse the whole upload because of them.
import { readdirSync, readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { InputFile } from '../../domain/locust/index';
import { asSentence } from './preview-describe';
import { buildPreview } from './preview-model';

const root = new URL('../../../fixtures/', import.meta.url);
const file = (path: string, name = path.split('/').pop()!): InputFile => ({
  name,
  bytes: new Uint8Array(readFileSync(new URL(path, root))),
});
const folder = (dir: string): InputFile[] =>
  readdirSync(new URL(dir, root))
    .filter((n) => /\.(csv|html)$/.test(n))
    .map((n) => file(`${dir}/${n}`));
const text = (name: string, content: string): InputFile => ({ name, bytes: new TextEncoder().encode(content) });
const zip = (name: string, files: InputFile[]): InputFile => ({
  name,
  bytes: zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes]))),
});

const SMALL20 = folder('locust-2.12-generated/smallpool-20u');
const SMALL40 = folder('locust-2.12-generated/smallpool-40u');
const RAVI = folder('locust-real/ravi3541-seeke-2.32.3');
const NOTES = text('notes.txt', 'what we tested today\n');

interface Case {
  name: string;
  input: InputFile[];
  runs: { label: string; userCount: number | null; requests: number; failures: number }[];
  statuses: Record<string, string>;
  accepted: number[];
  warning?: RegExp;
}

const CASES: Case[] = [
  {
    name: 'one run (CSVs + HTML report of Locust 2.12)',
    input: SMALL20,
    runs: [{ label: 'smallpool-20u', userCount: 20, requests: 552, failures: 8 }],
    statuses: Object.fromEntries(SMALL20.map((f) => [f.name, 'ok'])),
    accepted: [0, 1, 2, 3, 4],
    warning: /HTML report 556/,
  },
  {
    name: 'HTML report and CSVs of different runs become two runs with a warning',
    input: RAVI,
    runs: [
      { label: 'report', userCount: 10, requests: 482, failures: 74 },
      { label: 'report (HTML report)', userCount: 10, requests: 316, failures: 39 },
    ],
    statuses: Object.fromEntries(RAVI.map((f) => [f.name, 'ok'])),
    accepted: [0, 1, 2, 3, 4],
    warning: /report\.html and the CSV files come from different runs/,
  },
  {
    name: 'two runs at once',
    input: [...SMALL20, ...SMALL40],
    runs: [
      { label: 'smallpool-20u', userCount: 20, requests: 552, failures: 8 },
      { label: 'smallpool-40u', userCount: 40, requests: -1, failures: -1 },
    ],
    statuses: {},
    accepted: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  },
  {
    name: 'a text file next to a run is left out (415 otherwise)',
    input: [...SMALL20, NOTES],
    runs: [{ label: 'smallpool-20u', userCount: 20, requests: 552, failures: 8 }],
    statuses: { 'notes.txt': 'not_locust' },
    accepted: [0, 1, 2, 3, 4],
  },
  {
    name: 'a per-request log is refused with the files to upload instead',
    input: [file('locust-examples/v2.44.0-2.46.3__csv-request-logger.csv')],
    runs: [],
    statuses: { 'v2.44.0-2.46.3__csv-request-logger.csv': 'not_locust' },
    accepted: [],
  },
  {
    name: 'a failures file alone forms no run (422 otherwise)',
    input: [file('locust-2.12-generated/smallpool-20u/smallpool-20u_failures.csv')],
    runs: [],
    statuses: { 'smallpool-20u_failures.csv': 'unusable' },
    accepted: [],
  },
  {
    name: 'a zip of one run',
    input: [zip('run.zip', SMALL20)],
    runs: [{ label: 'smallpool-20u', userCount: 20, requests: 552, failures: 8 }],
    statuses: { 'run/smallpool-20u_stats.csv': 'ok', 'run/smallpool-20u.html': 'ok' },
    accepted: [0],
  },
  {
    name: 'a zip holding a stray file is left out whole',
    input: [zip('run.zip', [...SMALL20, NOTES]), ...SMALL40],
    runs: [{ label: 'smallpool-40u', userCount: 40, requests: -1, failures: -1 }],
    statuses: { 'run/notes.txt': 'not_locust', 'run/smallpool-20u_stats.csv': 'left_out' },
    accepted: [1, 2, 3, 4, 5],
  },
  {
    name: 'a broken zip',
    input: [{ name: 'broken.zip', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }],
    runs: [],
    statuses: { 'broken.zip': 'unusable' },
    accepted: [],
  },
];

describe('buildPreview', () => {
  test.each(CASES)('$name', ({ input, runs, statuses, accepted, warning }) => {
    const preview = buildPreview(input);
    expect(preview.runs.map((r) => r.label)).toEqual(runs.map((r) => r.label));
    runs.forEach((want, i) => {
      const got = preview.runs[i]!;
      expect(got.userCount).toBe(want.userCount);
      if (want.requests >= 0) expect([got.requests, got.failures]).toEqual([want.requests, want.failures]);
    });
    const byName = Object.fromEntries(preview.files.map((f) => [f.name, f.status]));
    expect(byName).toMatchObject(statuses);
    expect(preview.accepted).toEqual(accepted);
    expect(preview.refused).toEqual(input.map((_, i) => i).filter((i) => !accepted.includes(i)));
    if (warning) expect(preview.warnings.some((w) => warning.test(w.message))).toBe(true);
  });

  test('describes each file: kind, era, rows, and the run it goes into', () => {
    const preview = buildPreview(RAVI);
    const row = (name: string) => preview.files.find((f) => f.name === name)!;
    expect(row('report.html')).toMatchObject({
      kindLabel: 'HTML report',
      era: 'Locust 2.32.2 – 2.34.1',
      runKey: 'report.html',
      problem: null,
    });
    expect(row('report_stats_history.csv')).toMatchObject({
      kind: 'history',
      kindLabel: 'Stats history',
      rows: 196,
      runKey: 'report',
    });
    // Reported by both runs, listed once for both.
    expect(preview.warnings).toEqual([
      { message: expect.stringMatching(/different runs/), runKeys: ['report', 'report.html'] },
    ]);
  });

  test('keeps apart the warnings of each run', () => {
    const preview = buildPreview([...SMALL20, ...SMALL40]);
    const lag = preview.warnings.filter((w) => /the HTML report \d+/.test(w.message));
    expect(lag.map((w) => w.runKeys)).toEqual([['smallpool-20u'], ['smallpool-40u']]);
    // The CSV figures are used: no word of the legacy HTML tables' rounding (issue 15).
    expect(preview.warnings.find((w) => w.message.startsWith('Legacy HTML tables'))).toBeUndefined();
    const reports = buildPreview([...SMALL20, ...SMALL40].filter((f) => f.name.endsWith('.html')));
    const legacy = reports.warnings.find((w) => w.message.startsWith('Legacy HTML tables'));
    expect(legacy?.runKeys).toEqual(['smallpool-20u', 'smallpool-40u']);
  });

  test('names the reason and the line of a refused file', () => {
    const stats = new TextDecoder().decode(SMALL20.find((f) => f.name.endsWith('_stats.csv'))!.bytes).split('\n');
    const cut = text('cut_stats.csv', `${stats.slice(0, 3).join('\n')}\nGET,/x,1\n`);
    const preview = buildPreview([NOTES, cut]);
    expect(preview.files.map((f) => [f.name, f.status, f.line, f.problem])).toEqual([
      ['notes.txt', 'not_locust', null, 'not a Locust CSV, HTML report or JSON output'],
      ['cut_stats.csv', 'unusable', 4, 'expected 22 cells as in the header, found 3'],
    ]);
  });

  test('summarizes a run with the figures of its Aggregated row', () => {
    const [run] = buildPreview(SMALL20).runs;
    expect(run).toMatchObject({ locustVersion: '2.10.2–2.15.0', host: 'http://127.0.0.1:8766' });
    expect(run!.durationS).toBeCloseTo(552 / 9.332691997642101, 6); // requests / rps, beyond the history's 59 s
    expect(run!.failureRate).toBeCloseTo(8 / 552, 10);
    expect(run!.fileNames).toHaveLength(5);
  });
});

describe('asSentence', () => {
  test.each([
    ['not a Locust CSV, HTML report or JSON output', true, 'Not a Locust CSV, HTML report or JSON output.'],
    ['expected 22 cells as in the header, found 3', false, 'expected 22 cells as in the header, found 3.'],
    ['Legacy HTML tables have no median column.', true, 'Legacy HTML tables have no median column.'],
    ['shown as two runs (see the report)', true, 'Shown as two runs (see the report).'],
    [
      'report.html and the CSV files come from different runs',
      true,
      'report.html and the CSV files come from different runs.',
    ],
    ['smallpool-20u_stats.csv: no Aggregated row', true, 'smallpool-20u_stats.csv: no Aggregated row.'],
    ['', true, ''],
  ])('%j', (text, capitalize, want) => {
    expect(asSentence(text, capitalize)).toBe(want);
  });
});
