// The `swarmlens` command as users run it: a child process, stdout JSON, stderr one line, exit codes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { makeHistory, makeStats } from '../bench/make-history.mjs';
import { generate } from '../test/support/stepped-run';

const ROOT = join(import.meta.dirname, '..');
const RUN_20U = join(ROOT, 'fixtures/locust-2.12-generated/smallpool-20u');
const EXAMPLES = join(ROOT, 'fixtures/locust-examples');

function swarmlens(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/swarmlens.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('swarmlens parse', () => {
  test('a run folder prints the Run JSON of the contract', () => {
    const r = swarmlens(['parse', RUN_20U, '--json']);
    expect(r.code).toBe(0);
    const run = JSON.parse(r.stdout);
    expect(Object.keys(run)).toEqual(
      expect.arrayContaining(['id', 'meta', 'files', 'aggregated', 'endpoints', 'failures', 'exceptions', 'history']),
    );
    expect(run.id).toBeNull();
    expect(Object.keys(run.meta)).toEqual(
      expect.arrayContaining(['label', 'userCount', 'startTime', 'endTime', 'durationS', 'host', 'locustVersion']),
    );
    // smallpool-20u_stats.csv, Aggregated row: 552 requests, 8 failures, p95 1900.
    expect(run.aggregated).toMatchObject({ method: null, name: 'Aggregated', requests: 552, failures: 8 });
    expect(run.aggregated.percentiles['95']).toBe(1900);
    expect(run.meta.userCount).toBe(20);
    expect(run.files.map((f: { kind: string }) => f.kind).sort()).toEqual([
      'exceptions',
      'failures',
      'history',
      'html',
      'stats',
    ]);
  });

  test('a zip and comma-joined files give the same run as the folder', () => {
    const names = readdirSync(RUN_20U);
    const dir = mkdtempSync(join(tmpdir(), 'swarmlens-cli-'));
    const zip = join(dir, 'smallpool-20u.zip');
    writeFileSync(
      zip,
      zipSync(Object.fromEntries(names.map((n) => [n, new Uint8Array(readFileSync(join(RUN_20U, n)))]))),
    );
    const folder = JSON.parse(swarmlens(['parse', RUN_20U]).stdout);
    const zipped = JSON.parse(swarmlens(['parse', zip]).stdout);
    const joined = JSON.parse(swarmlens(['parse', names.map((n) => join(RUN_20U, n)).join(',')]).stdout);
    for (const other of [zipped, joined]) {
      expect(other.aggregated).toEqual(folder.aggregated);
      expect(other.endpoints).toEqual(folder.endpoints);
      expect(other.history).toEqual(folder.history);
    }
  });

  test('--help exits 0', () => {
    const r = swarmlens(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('swarmlens parse RUN');
  });
});

describe('swarmlens compare', () => {
  const RUN_40U = join(ROOT, 'fixtures/locust-2.12-generated/smallpool-40u');

  test('JSON by default: the Comparison JSON of the contract', () => {
    const r = swarmlens(['compare', RUN_20U, RUN_40U]);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(Object.keys(c)).toEqual(expect.arrayContaining(['runs', 'summary', 'endpoints', 'scaling', 'warnings']));
    expect(c.runs.map((x: { userCount: number }) => x.userCount)).toEqual([20, 40]);
    // smallpool-20u/40u_stats.csv Aggregated medians: 160 and 520 ms.
    expect(c.summary.find((s: { metric: string }) => s.metric === 'medianMs')).toMatchObject({
      values: [160, 520],
      change: 2.25,
      status: 'critical',
    });
    expect(c.scaling.verdict).toBe('saturated');
  });

  test('--format md and --baseline 2', () => {
    const r = swarmlens(['compare', RUN_20U, RUN_40U, '--format', 'md', '--baseline', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Baseline: **smallpool-40u**');
    expect(r.stdout).toContain('| Median | 160 ms | 520 ms | −69% |');
  });

  test('--group and --thresholds: user-defined groups first, statuses from the given thresholds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swarmlens-thr-'));
    // Median 160 -> 520 ms is +225%: critical by default, only a warning with critical at +300%.
    writeFileSync(join(dir, 't.json'), JSON.stringify({ latencyGrowth: { warning: 0.2, critical: 3 } }));
    const r = swarmlens([
      'compare',
      RUN_20U,
      RUN_40U,
      '--group',
      'Project pages=/detail_project/',
      '--thresholds',
      join(dir, 't.json'),
    ]);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.summary.find((s: { metric: string }) => s.metric === 'medianMs').status).toBe('warning');
    expect(c.groups[0]).toMatchObject({ name: 'Project pages', source: 'user' });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ latencyGrowth: { warning: 0.5, critical: 0.2 } }));
    const bad = swarmlens(['compare', RUN_20U, RUN_40U, '--thresholds', join(dir, 'bad.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/critical must be at least warning/);
  });

  test('--steps compares the load steps of one stepped run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swarmlens-steps-'));
    const { history, stats } = generate({ full: true, reset: false });
    writeFileSync(join(dir, 'stepped_stats.csv'), stats);
    writeFileSync(join(dir, 'stepped_stats_history.csv'), history);
    const r = swarmlens(['compare', dir, '--steps']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).runs.map((x: { userCount: number }) => x.userCount)).toEqual([50, 100, 150]);
    const one = swarmlens(['compare', RUN_40U, '--steps']);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/no two load steps/);
  });

  describe('--criteria FILE.json (repeatable): the verdicts on the target run in the JSON and the Markdown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swarmlens-cmp-criteria-'));
    const file = (name: string, body: unknown) => {
      writeFileSync(join(dir, name), JSON.stringify(body));
      return join(dir, name);
    };
    // The seed report's retest bar; smallpool-40u: success 759/772 = 98.32%, p95 4,200 ms, median 520 ms.
    const retest = file('retest.json', {
      name: 'Retest',
      criteria: [
        { metric: 'successRate', scope: 'aggregate', op: '>', target: 0.97 },
        { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
      ],
    });
    const relaxed = file('relaxed.json', {
      name: 'Relaxed',
      criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 5000 }],
    });

    test('two sets: NO-GO and GO on 40 users; p95 beyond the Retest limit; exit 0 (check is the gate)', () => {
      const r = swarmlens(['compare', RUN_20U, RUN_40U, '--criteria', retest, '--criteria', relaxed]);
      expect(r.code).toBe(0);
      const c = JSON.parse(r.stdout);
      expect(c.criteria.map((s: { name: string; verdict: string }) => [s.name, s.verdict])).toEqual([
        ['Retest', 'NO-GO'],
        ['Relaxed', 'GO'],
      ]);
      expect(c.criteria[0].results.map((x: { current: number; met: boolean }) => [x.current, x.met])).toEqual([
        [759 / 772, true],
        [4200, false],
      ]);
      expect(c.summary.find((s: { metric: string }) => s.metric === 'p95Ms').beyondCriterion).toBe(
        'beyond the Retest limit of 3,000 ms',
      );
    });

    test('the same run twice: p95 unchanged, yet a warning beyond the limit', () => {
      const c = JSON.parse(swarmlens(['compare', RUN_40U, RUN_40U, '--criteria', retest]).stdout);
      expect(c.summary.find((s: { metric: string }) => s.metric === 'p95Ms')).toMatchObject({
        change: 0,
        status: 'warning',
      });
    });

    test('--format md: the success-criteria section of the target run', () => {
      const r = swarmlens(['compare', RUN_20U, RUN_40U, '--format', 'md', '--criteria', retest]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('## Success criteria on smallpool-40u\n\n### Retest: 🔴 NO-GO');
      expect(r.stdout).toContain('| p95 | all requests | 4,200 ms | \\< 3,000 ms | ❌ |');
      expect(swarmlens(['compare', RUN_20U, RUN_40U, '--format', 'md']).stdout).not.toContain('Success criteria');
    });

    test.each([
      [
        'an unknown metric',
        () => file('bad.json', { name: 'x', criteria: [{ metric: 'p95', scope: 'aggregate', op: '<', target: 1 }] }),
        /bad\.json: criteria\.0\.metric: unknown metric/,
      ],
      [
        'not JSON',
        () => (writeFileSync(join(dir, 'broken.json'), '{"name":'), join(dir, 'broken.json')),
        /broken\.json: not valid JSON/,
      ],
      ['a missing file', () => join(dir, 'nope.json'), /nope\.json: no such file/],
    ])('%s: exit 2, one line naming the file', (_what, path, message) => {
      const r = swarmlens(['compare', RUN_20U, RUN_40U, '--criteria', path()]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });

    test('with --steps: a usage error', () => {
      const r = swarmlens(['compare', RUN_40U, '--steps', '--criteria', retest]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--criteria judges runs, not load steps/);
    });
  });

  test.each([
    [['compare', RUN_20U]],
    [['compare', RUN_20U, RUN_40U, '--baseline', '3']],
    [['compare', RUN_20U, RUN_40U, '--format', 'pdf']],
  ])('%j is a usage error', (args) => {
    const r = swarmlens(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('swarmlens check', () => {
  const RUN_40U = join(ROOT, 'fixtures/locust-2.12-generated/smallpool-40u');
  const dir = mkdtempSync(join(tmpdir(), 'swarmlens-check-'));
  const file = (name: string, criteria: unknown[]) => {
    writeFileSync(join(dir, name), JSON.stringify({ name, criteria }));
    return join(dir, name);
  };
  // smallpool-40u: success 759/772 = 98.32%, p95 4200 ms; smallpool-20u median 160 ms, 40u 520 ms.
  const pass = file('pass.json', [{ metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 }]);
  const fail = file('fail.json', [
    { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 },
    { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
    { metric: 'medianMs', scope: 'aggregate', relative: 'baseline', op: '<=', target: 0.1 },
  ]);

  test('every criterion met: GO, exit 0', () => {
    const r = swarmlens(['check', RUN_40U, '--criteria', pass]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'GO', results: [{ metric: 'successRate', met: true }] });
  });

  test('a failing gate: NO-GO, exit 1, with the baseline for relative criteria', () => {
    const r = swarmlens(['check', RUN_40U, '--criteria', fail, '--baseline', RUN_20U]);
    expect(r.code).toBe(1);
    const v = JSON.parse(r.stdout);
    expect(v.verdict).toBe('NO-GO');
    expect(v.results.map((x: { met: boolean }) => x.met)).toEqual([true, false, false]);
    expect(v.results[1].current).toBe(4200);
    expect(v.results[2].current).toBeCloseTo(520 / 160 - 1, 12);
  });

  test('a bad criteria file: exit 2 naming the field', () => {
    const bad = file('bad.json', [{ metric: 'p95', scope: 'aggregate', op: '<', target: 1 }]);
    const r = swarmlens(['check', RUN_40U, '--criteria', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json: criteria\.0\.metric: unknown metric/);
  });
});

describe('bad input: exit 2, one line naming the file and line, no stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'swarmlens-bad-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const stats = readFileSync(join(EXAMPLES, 'v1.2-2.43.3__stats.csv'), 'utf8');

  test.each([
    [
      'a non-number in a numeric column',
      write('bad_stats.csv', stats.replace('GET,/,100,2,42,', 'GET,/,100,2,fast,')),
      /bad_stats\.csv:2: column "Median Response Time" holds "fast"/,
    ],
    [
      'a row with a missing cell',
      write('short_stats.csv', stats.replace(',0.0,120,130,', ',120,130,')),
      /short_stats\.csv:3: expected 22 cells/,
    ],
    [
      'a file that is not Locust output',
      write('notes.txt', 'just some notes\nabout the test\n'),
      /notes\.txt: not a Locust CSV, HTML report or JSON output/,
    ],
    ['a missing path', join(dir, 'nope'), /nope: no such file or directory/],
  ])('%s', (_what, path, message) => {
    const r = swarmlens(['parse', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n[ \t]+at /);
  });

  test('unknown command and options', () => {
    expect(swarmlens(['frobnicate']).code).toBe(2);
    expect(swarmlens(['parse', RUN_20U, '--nope']).stderr).toMatch(/unknown option --nope/);
  });
});

describe('a large history parsed on two threads', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'swarmlens-par-')), 'run');
  beforeAll(async () => {
    mkdirSync(dir);
    await makeHistory(join(dir, 'big_stats_history.csv'), 60_000, 7);
    writeFileSync(join(dir, 'big_stats.csv'), makeStats(7));
  });

  test('gives exactly the single-threaded result, every series value included', () => {
    const parallel = swarmlens(['parse', dir, '--series'], {
      SWARMLENS_PARALLEL_MIN_BYTES: '1000',
      SWARMLENS_DEBUG: '1',
    });
    const single = swarmlens(['parse', dir, '--series'], {
      SWARMLENS_PARALLEL_MIN_BYTES: '1000000000000',
      SWARMLENS_DEBUG: '1',
    });
    expect(parallel.code).toBe(0);
    expect(parallel.stderr).toContain('big_stats_history.csv parsed on 2 threads');
    expect(single.stderr).not.toContain('threads');
    expect(JSON.parse(parallel.stdout).history.points).toBe(60_000);
    expect(parallel.stdout).toEqual(single.stdout);
  });
});
