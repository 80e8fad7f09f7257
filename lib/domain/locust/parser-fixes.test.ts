// Issue 14's parser fixes, each on a real fixture: the median of legacy HTML reports, Locust
// versions that only look different, and a duration no shorter than requests / rps.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { minDurationS } from './duration';
import { parseRunFiles, parseUpload, type InputFile } from './index';
import { parseVersionText, versionsOverlap } from './versions';

const root = new URL('../../../fixtures/', import.meta.url);
const folder = (dir: string, keep: (name: string) => boolean = () => true): InputFile[] =>
  readdirSync(new URL(dir, root))
    .filter((n) => /\.(csv|html)$/.test(n) && keep(n))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`${dir}/${name}`, root))) }));
const SMALL20 = 'locust-2.12-generated/smallpool-20u';

describe('legacy HTML reports: the median is the 50%ile', () => {
  // smallpool-20u.html (Locust 2.12, legacy tables): Response Time Statistics "50%ile (ms)" of the
  // Aggregated row is 160, of POST /accounts/login/ 240; the CSV's Median Response Time says 160 and 240.
  const html = parseRunFiles(folder(SMALL20, (n) => n.endsWith('.html')));
  const csv = parseRunFiles(folder(SMALL20, (n) => n.endsWith('.csv')));

  test('the run read from HTML has a median (not "—")', () => {
    expect(html.aggregated.medianMs).toBe(160);
    expect(html.endpoints.find((e) => e.method === 'POST' && e.name === '/accounts/login/')?.medianMs).toBe(240);
    expect(html.endpoints.every((e) => e.medianMs !== null)).toBe(true);
  });

  test('it agrees with the CSV median of the same run', () => {
    expect(html.aggregated.medianMs).toBe(csv.aggregated.medianMs);
    expect(html.warnings).toContain(
      'Legacy HTML tables show Average/Min/Max/size truncated to whole numbers and RPS, Failures/s rounded to 0.1; ' +
        'they have no median column: the median is their 50%ile.',
    );
  });
});

describe('Locust versions: different only when the ranges do not overlap', () => {
  // The CSVs of smallpool-20u prove 1.2–2.43.3, its HTML report 2.10.2–2.15.0: one run, one version.
  const csv = parseRunFiles(folder(SMALL20, (n) => n.endsWith('.csv'))).meta.locustVersion!;
  const html = parseRunFiles(folder(SMALL20, (n) => n.endsWith('.html'))).meta.locustVersion!;

  test('CSV and HTML of one run overlap, although their texts differ', () => {
    expect([csv, html]).toEqual(['1.2–2.43.3', '2.10.2–2.15.0']);
    expect(versionsOverlap(csv, html)).toBe(true);
    expect(parseRunFiles(folder(SMALL20)).warnings.filter((w) => w.includes('different Locust versions'))).toEqual([]);
  });

  test('a Locust 0.x run and a 2.32 run do not', () => {
    const old = parseRunFiles(folder('locust-real/esmy1990-locust0.x')).meta.locustVersion!;
    const ravi = parseUpload(folder('locust-real/ravi3541-seeke-2.32.3')).runs.find((r) => r.key === 'report.html')!.run
      .meta.locustVersion!;
    expect(versionsOverlap(old, ravi)).toBe(false);
  });

  test.each([
    ['2.12.1', '1.2–2.43.3', true],
    ['2.12.1', '2.12.1', true],
    ['2.50.0', '2.50.0', true],
    ['2.2.0b0', '2.2.0–2.3', false],
    ['0.13.5', '1.2–2.46.3', false],
    ['', '2.12.1', true],
    ['unknown', '0.12', true],
  ])('%j vs %j: %s', (a, b, overlap) => {
    expect(versionsOverlap(a, b)).toBe(overlap);
  });

  test('version texts', () => {
    expect(parseVersionText('1.2–2.46.3')).toEqual({ min: '1.2', max: '2.46.3' });
    expect(parseVersionText('2.32.2')).toEqual({ min: '2.32.2', max: '2.32.2' });
    expect(parseVersionText('2.x')).toBeNull();
  });
});

describe('duration: at least requests / rps', () => {
  // kalpee06 (Locust 1.x): output_stats_history.csv spans 50 s (1607577882 -> 1607577932), but its
  // Aggregated row has 559 requests at 9.67240336203954 req/s: the last request came 57.79 s after
  // the start. The history stopped 7.8 s early.
  const run = parseRunFiles(folder('locust-real/kalpee06-locust1.x'));

  test('the run lasted requests / rps, not the history span', () => {
    expect(run.meta.durationS).toBeCloseTo(559 / 9.67240336203954, 9);
    expect(run.meta.durationS! * run.aggregated.rps!).toBeCloseTo(run.aggregated.requests, 6);
    expect([run.meta.startTime, run.meta.endTime]).toEqual(['2020-12-10T05:24:42Z', '2020-12-10T05:25:32Z']); // as read
  });

  test('a rounded rps gives a lower bound; the span stays when it is longer', () => {
    // garthbosch (legacy HTML): 149 requests, RPS "1.6" (0.1 steps): 149 / 1.65 = 90.3 s < the report's 91 s.
    const html = parseRunFiles(folder('locust-real/garthbosch-stitchmoney-jinja2x'));
    expect(html.aggregated).toMatchObject({ requests: 149, rps: 1.6 });
    expect(minDurationS(html.aggregated)).toBeCloseTo(149 / 1.65, 9);
    expect(html.meta.durationS).toBe(91);
  });

  test.each([
    [{ requests: 0, rps: 0 }, null],
    [{ requests: 10, rps: null }, null],
    [{ requests: 100, rps: 3.33 }, 100 / 3.335],
    [{ requests: 100, rps: 6.666666666666667e-5 }, 100 / 6.666666666666667e-5],
  ])('minDurationS(%j) = %s', (row, want) => {
    const got = minDurationS({ ...run.aggregated, ...row });
    if (want === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(want, 6);
  });
});
