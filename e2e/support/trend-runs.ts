// A project's history made from one real Locust run (fixtures/locust-2.12-generated/smallpool-20u): run i is
// that run with each endpoint's response times multiplied by a factor (a step where the plan says, times a
// seeded noise of about 3%), its clock moved to `startTime`, and its provenance (commit, locustfile) in `meta`.
// The Aggregated row is scaled by the request-weighted mean of the endpoints' factors. With `history`, the
// stats history is scaled and moved too (the run gets a steady state); without, only the stats file is sent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
const STATS = readFileSync(join(DIR, 'smallpool-20u_stats.csv'), 'utf8');
const HISTORY = readFileSync(join(DIR, 'smallpool-20u_stats_history.csv'), 'utf8');
/** Epoch seconds of the fixture's first history row. */
const FIXTURE_START_S = Number(HISTORY.split('\n')[1]!.split(',')[0]);

export interface TrendRunPlan {
  label: string;
  /** ISO-8601 UTC. */
  startTime: string;
  commit: string;
  locustfileSha256: string;
  /** Response-time factor of an endpoint ("POST /accounts/login/"); 1 when not given. */
  factors?: Record<string, number>;
}

/** mulberry32: the same noise on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATENCY_STATS = new Set([
  'Median Response Time',
  'Average Response Time',
  'Min Response Time',
  'Max Response Time',
  ...['50%', '66%', '75%', '80%', '90%', '95%', '98%', '99%', '99.9%', '99.99%', '100%'],
]);
const LATENCY_HISTORY = new Set([
  ...['50%', '66%', '75%', '80%', '90%', '95%', '98%', '99%', '99.9%', '99.99%', '100%'],
  'Total Median Response Time',
  'Total Average Response Time',
  'Total Min Response Time',
  'Total Max Response Time',
]);

function scaleCsv(text: string, latency: Set<string>, factorOf: (key: string) => number, shiftS = 0): string {
  const [head, ...lines] = text.trimEnd().split('\n');
  const columns = head!.split(',');
  const scaled = lines.map((line) => {
    const cells = line.split(',');
    const key = `${cells[columns.indexOf('Type')]} ${cells[columns.indexOf('Name')]}`.trim();
    const f = factorOf(key);
    return cells
      .map((cell, i) => {
        if (columns[i] === 'Timestamp') return String(Number(cell) + shiftS);
        if (!latency.has(columns[i]!) || cell === 'N/A' || cell === '') return cell;
        return String(Math.round(Number(cell) * f * 100) / 100);
      })
      .join(',');
  });
  return [head, ...scaled].join('\n') + '\n';
}

/** Requests per endpoint key in the fixture's stats file. */
const REQUESTS = new Map(
  STATS.trimEnd()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .filter((c) => c[1] !== 'Aggregated')
    .map((c) => [`${c[0]} ${c[1]}`, Number(c[2])] as const),
);

/** The files of one planned run, as name → text. `noise` draws the run's noise (uniform 0..1). */
export function trendRunFiles(plan: TrendRunPlan, noise: () => number, history: boolean): Map<string, string> {
  const factor = new Map<string, number>();
  for (const key of REQUESTS.keys()) factor.set(key, (plan.factors?.[key] ?? 1) * (1 + (noise() - 0.5) * 0.1));
  let weighted = 0;
  let total = 0;
  for (const [key, n] of REQUESTS) {
    weighted += n * factor.get(key)!;
    total += n;
  }
  const aggregate = weighted / total;
  const factorOf = (key: string) => (key === 'Aggregated' ? aggregate : (factor.get(key) ?? 1));
  const base = plan.label.replace(/[^a-z0-9-]+/gi, '-');
  const files = new Map([[`${base}_stats.csv`, scaleCsv(STATS, LATENCY_STATS, factorOf)]]);
  if (history) {
    const shiftS = Math.round(Date.parse(plan.startTime) / 1000) - FIXTURE_START_S;
    files.set(`${base}_stats_history.csv`, scaleCsv(HISTORY, LATENCY_HISTORY, factorOf, shiftS));
  }
  return files;
}

/** The upload form of a planned run into `project`. */
export function trendRunForm(project: string, plan: TrendRunPlan, noise: () => number, history: boolean): FormData {
  const form = new FormData();
  for (const [name, text] of trendRunFiles(plan, noise, history)) form.append('files', new Blob([text]), name);
  form.append('project', project);
  form.append('label', plan.label);
  form.append(
    'meta',
    JSON.stringify({
      commit: plan.commit,
      branch: 'main',
      locustfileSha256: plan.locustfileSha256,
      userCount: 20,
      ...(history ? {} : { startTime: plan.startTime }),
    }),
  );
  return form;
}

export interface StepHistory {
  runs: number;
  /** 0-based index of the first run of the second era (another locustfile). */
  eraAt: number;
  /** 0-based index of the first run after the step. */
  stepAt: number;
  /** Endpoint key and factor of the step ("POST /accounts/login/", 1.4). */
  endpoint: string;
  factor: number;
  /** ISO-8601 UTC of the first run; one run a day. */
  firstStart: string;
}

/** Daily runs with a new locustfile at `eraAt` and a step at `stepAt`; commits are 40 hex digits. */
export function stepHistory(h: StepHistory, seed = 19): TrendRunPlan[] {
  const random = seeded(seed);
  const hex = () => Array.from({ length: 40 }, () => Math.floor(random() * 16).toString(16)).join('');
  const day = 86_400_000;
  return Array.from({ length: h.runs }, (_, i) => ({
    label: `nightly-${String(i + 1).padStart(2, '0')}`,
    startTime: new Date(Date.parse(h.firstStart) + i * day).toISOString(),
    commit: hex(),
    locustfileSha256: (i < h.eraAt ? 'a1' : 'b2').repeat(32),
    factors: i >= h.stepAt ? { [h.endpoint]: h.factor } : {},
  }));
}
