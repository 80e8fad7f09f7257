// HTML report quirks (locust-formats §6.2–6.8, 9.8): raw legacy cells, double-repr errors, decoys, broken input.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LocustInputError } from '../errors';
import { columnValues } from '../numbers';
import { decodeEntities } from './entities';
import { parseHtmlReport } from './index';
import { chartTimesToEpochS } from './time';

const DIR = new URL('../../../../fixtures/locust-examples/', import.meta.url);
const example = (file: string): string => readFileSync(new URL(file, DIR), 'utf8');

/** A minimal React report around a templateArgs object. */
const react = (args: Record<string, unknown>, before = ''): string =>
  `<!DOCTYPE html><html><head>${before}</head><body><div id="root"></div>\n<script>\n` +
  `  window.templateArgs = ${JSON.stringify(args)}\n  window.theme = ""\n</script></body></html>`;
const row = (method: string, name: string, requests: number) => ({
  method,
  name,
  num_requests: requests,
  num_failures: 0,
  total_rps: requests / 10,
  total_fail_per_sec: 0,
});

function errorOf(fn: () => unknown): LocustInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LocustInputError) return e;
    throw e;
  }
  throw new Error('expected a LocustInputError');
}

describe('legacy tables', () => {
  test('1.4.2–2.10.1 raw names with <, & and <td> are split tolerantly and not entity-decoded', () => {
    const html = example('v1.4.2-2.1.x__report.html').replaceAll('<td>/login</td>', '<td>/a<td>b&amp;c<d</td>');
    const r = parseHtmlReport('raw.html', html);
    const login = r.stats?.endpoints.find((e) => e.method === 'POST');
    expect(login).toMatchObject({ name: '/a<td>b&amp;c<d', requests: 10, failures: 1, percentiles: { '95': 1500 } });
    expect(r.failures?.[1]).toMatchObject({ name: '/a<td>b&amp;c<d', occurrences: 1 });
    expect(r.info.rows).toBe(4);
  });

  test('escaped eras decode entities in names, errors and tracebacks', () => {
    const r = parseHtmlReport('esc.html', example('v2.10.2-2.15.0__report.html'));
    expect(r.stats?.endpoints[1]?.name).toBe('/item?id=[id]&lang=en');
    expect(r.failures?.[1]?.error).toBe('Got wrong token, expected "abc"');
    expect(r.exceptions?.[0]?.traceback).toContain('File "locustfile.py"');
  });
});

describe('React reports', () => {
  test('double-repr errors of a 2.21–2.27 distributed master lose one quoting layer', () => {
    const html = example('v2.21.0-2.27.x__report-modern.html').replace(
      '"error": "HTTPError(\\u0026#x27;500 Server Error: INTERNAL SERVER ERROR for url: /\\u0026#x27;)"',
      '"error": "\\u0026quot;HTTPError(\\u0026#x27;500 Server Error: INTERNAL SERVER ERROR for url: ' +
        '/\\u0026#x27;)\\u0026quot;"',
    );
    const r = parseHtmlReport('dist.html', html);
    expect(r.failures?.[0]?.error).toBe("HTTPError('500 Server Error: INTERNAL SERVER ERROR for url: /')");
    expect(r.warnings.some((w) => /double-quoted/.test(w))).toBe(true);
  });

  test('a decoy templateArgs object before the report is skipped', () => {
    const html = example('v2.44.0-2.46.3__report.html').replace(
      '<head>',
      '<head><script>window.templateArgs = {"profile": null}; x = window.templateArgs.profile</script>',
    );
    expect(parseHtmlReport('decoy.html', html).stats?.aggregated?.requests).toBe(160);
  });

  test('bare NaN becomes null', () => {
    const html = example('v2.44.0-2.46.3__report.html').replace(
      '"avg_response_time": 85.27978395180625',
      '"avg_response_time": NaN',
    );
    expect(parseHtmlReport('nan.html', html).stats?.aggregated?.avgMs).toBeNull();
  });

  test('last method-less "Aggregated" row is the total; time-only chart points wrap past midnight', () => {
    const r = parseHtmlReport(
      'wrap.html',
      react({
        is_report: true,
        host: 'None',
        locustfile: 'lf.py',
        start_time: '2023-11-14 23:59:50',
        end_time: '2023-11-15 00:00:10',
        requests_statistics: [row('GET', 'Aggregated', 5), row('', 'Aggregated', 5)],
        response_time_statistics: [],
        history: [
          {
            time: '23:59:55',
            current_rps: 1,
            current_fail_per_sec: 0,
            user_count: 3,
            'response_time_percentile_0.95': 7,
          },
          {
            time: '00:00:00',
            current_rps: 2,
            current_fail_per_sec: 0,
            user_count: 4,
            'response_time_percentile_0.95': 8,
          },
        ],
      }),
    );
    expect(r.stats?.endpoints.map((e) => `${e.method} ${e.name}`)).toEqual(['GET Aggregated']);
    expect(r.stats?.aggregated).toMatchObject({ method: null, requests: 5, rps: 0.5 });
    expect(r.meta).toMatchObject({
      host: null,
      locustfile: 'lf.py',
      startTime: '2023-11-14T23:59:50Z',
      durationS: 20,
      userCount: 4,
    });
    const t0 = Date.UTC(2023, 10, 14, 23, 59, 55) / 1000;
    expect(columnValues(r.history?.aggregated.timestampsS ?? [])).toEqual([t0, t0 + 5]);
    expect(columnValues(r.history?.aggregated.percentiles['95'] ?? [])).toEqual([7, 8]);
  });

  test('no history: history omitted and userCount null', () => {
    const r = parseHtmlReport(
      'nohist.html',
      react({ is_report: true, requests_statistics: [row('', 'Aggregated', 1)], history: [] }),
    );
    expect(r.history).toBeUndefined();
    expect(r.meta?.userCount).toBeNull();
  });
});

describe('errors', () => {
  test.each([
    [
      'plain page',
      '<!DOCTYPE html><html><body><h1>Hello</h1><table><tr><td>1</td></tr></table></body></html>',
      'not_locust',
    ],
    [
      'broken templateArgs JSON',
      react({}).replace('{}', '{"is_report": true, "requests_statistics": [}'),
      'unreadable',
    ],
    ['live web UI page', react({ locustfile: 'x.py', is_report: false }), 'unreadable'],
    ['legacy report without its table', '<html><body><h1>Locust Test Report</h1></body></html>', 'unreadable'],
    [
      'non-numeric request count',
      example('v1.4.2-2.1.x__report.html').replace('<td>100</td>', '<td>lots</td>'),
      'unreadable',
    ],
  ])('%s -> %s', (_label, html, code) => {
    const e = errorOf(() => parseHtmlReport('bad.html', html));
    expect(e.code).toBe(code);
    expect(e.file).toBe('bad.html');
  });

  test('an unreadable row names its line', () => {
    const html = example('v1.4.2-2.1.x__report.html').replace('<td>100</td>', '<td>lots</td>');
    const rowAt = html.lastIndexOf('<tr>', html.indexOf('<td>lots</td>'));
    expect(errorOf(() => parseHtmlReport('bad.html', html)).line).toBe(html.slice(0, rowAt).split('\n').length);
  });
});

describe('helpers', () => {
  test.each([
    ['a &amp; b &lt;c&gt; &quot;x&quot; &#x27;y&#39; &#8364;', 'a & b <c> "x" \'y\' €'],
    ['&lang=en &unknown; &amp', '&lang=en &unknown; &amp'],
  ])('decodeEntities(%j)', (input, output) => expect(decodeEntities(input)).toBe(output));

  test.each([
    [
      ['10:00:05', '10:00:10'],
      Date.UTC(2020, 8, 1, 12) / 1000,
      [Date.UTC(2020, 8, 1, 10, 0, 5) / 1000, Date.UTC(2020, 8, 1, 10, 0, 10) / 1000],
    ],
    [['00:00:02'], Date.UTC(2020, 8, 1, 23, 59, 58) / 1000, [Date.UTC(2020, 8, 2, 0, 0, 2) / 1000]],
    [['2023-11-14T22:13:25Z'], null, [1700000005]],
    [['10:00:05'], null, null],
  ])('chartTimesToEpochS(%j)', (times, anchor, out) => expect(chartTimesToEpochS(times, anchor)).toEqual(out));
});
