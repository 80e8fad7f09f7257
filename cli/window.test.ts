// `--window` and `--p95-limit` of `swarmlens parse` / `swarmlens compare`, run in-process through main()
// (the same code bin/swarmlens.mjs bundles): stdout JSON, stderr one line, exit codes.
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from './main';

const ROOT = join(import.meta.dirname, '..');
const RUN_20U = join(ROOT, 'fixtures/locust-2.12-generated/smallpool-20u');
const RUN_40U = join(ROOT, 'fixtures/locust-2.12-generated/smallpool-40u');
const SHORT = join(ROOT, 'fixtures/locust-real/kalpee06-locust1.x');

async function swarmlens(args: string[]) {
  const [out, err] = [new PassThrough(), new PassThrough()];
  const chunks: [string[], string[]] = [[], []];
  out.on('data', (c: Buffer) => chunks[0].push(c.toString()));
  err.on('data', (c: Buffer) => chunks[1].push(c.toString()));
  const code = await main(args, out as unknown as typeof process.stdout, err as unknown as typeof process.stderr);
  return { code, stdout: chunks[0].join(''), stderr: chunks[1].join('') };
}

describe('swarmlens parse', () => {
  test('the Run JSON carries loadShape, steadyState, latencyCeilingMs and capacity', async () => {
    const r = await swarmlens(['parse', RUN_40U, '--json']);
    expect(r.code).toBe(0);
    const run = JSON.parse(r.stdout);
    expect(run.aggregated).toMatchObject({ requests: 772, failures: 13 }); // whole run: the _stats.csv Aggregated row
    expect(run.loadShape).toBe('plateau');
    expect(run.steadyState).toMatchObject({
      startS: 20,
      endS: 58,
      userCount: 40,
      requests: 454,
      failures: 10,
      medianMs: 830,
      p95Ms: 4600,
    });
    expect(run.latencyCeilingMs).toBe(9000);
    expect(run.capacity).toBeNull();
  });

  test('--window steady: the same shape, figures over the steady window; the analysis fields unchanged', async () => {
    const whole = JSON.parse((await swarmlens(['parse', RUN_40U])).stdout);
    const steady = JSON.parse(
      (await swarmlens(['parse', RUN_40U, '--window', 'steady', '--p95-limit', '2000'])).stdout,
    );
    expect(Object.keys(steady)).toEqual(Object.keys(whole));
    expect(steady.aggregated).toMatchObject({ requests: 454, failures: 10, medianMs: 830 });
    expect(steady.meta.durationS).toBe(38);
    expect(steady.warnings.join(' ')).toContain('Steady state: 40 users from 20 s to 58 s');
    expect(steady.steadyState).toEqual(whole.steadyState);
  });

  test('--window steady on a run without a steady state: exit 2, one line naming the run and why', async () => {
    const r = await swarmlens(['parse', SHORT, '--window', 'steady']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `swarmlens: ${SHORT}: no steady state: 100 users held for only 29 s after the first 10 s at that load ` +
        '(needs 30 s)\n',
    );
    expect(r.stdout).toBe('');
  });

  test.each([
    [['parse', RUN_20U, '--window', 'all'], 'swarmlens: parse: --window must be whole or steady\n'],
    [['parse', RUN_20U, '--window'], 'swarmlens: parse: --window must be whole or steady\n'],
    [
      ['parse', RUN_20U, '--p95-limit', 'fast'],
      'swarmlens: parse: --p95-limit must be a positive number of milliseconds\n',
    ],
    [['compare', RUN_20U, RUN_40U, '--window', 'ramp'], 'swarmlens: compare: --window must be whole or steady\n'],
    [
      ['compare', RUN_40U, '--steps', '--window', 'steady'],
      'swarmlens: compare --steps: --window steady does not apply (each step is a plateau already)\n',
    ],
  ])('%j: usage error', async (args, line) => {
    const r = await swarmlens(args);
    expect([r.code, r.stderr]).toEqual([2, line]);
  });
});

describe('swarmlens compare --window steady', () => {
  test('every run over its steady window: the Comparison JSON of the same shape', async () => {
    const whole = JSON.parse((await swarmlens(['compare', RUN_20U, RUN_40U])).stdout);
    const steady = JSON.parse((await swarmlens(['compare', RUN_20U, RUN_40U, '--window', 'steady'])).stdout);
    expect(Object.keys(steady)).toEqual(Object.keys(whole));
    const row = (c: { summary: { metric: string; values: number[] }[] }, m: string) =>
      c.summary.find((s) => s.metric === m)!.values;
    expect(row(whole, 'requests')).toEqual([552, 772]);
    expect(row(steady, 'requests')).toEqual([378, 454]);
    expect(row(steady, 'rps')).toEqual([378 / 43, 454 / 38]);
    expect(steady.warnings[0]).toMatch(/^Steady state: each run’s figures cover its peak load only/);
    expect(whole.warnings.join(' ')).not.toContain('Steady state');
  });

  test('a run without a steady state: exit 2 naming it', async () => {
    const r = await swarmlens(['compare', RUN_20U, SHORT, '--window', 'steady', '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^swarmlens: .*kalpee06-locust1\.x: no steady state: /);
  });
});
