// Runs for history tests: a real run (locust-2.12-generated/smallpool-20u) repeated with 3% noise on every
// latency, its first endpoint +40% from run `stepAt` on, one day apart (without their history, so the
// figures are the whole run's).
import { fixtureRun } from './fixture-run';
import { normal, seededRandom } from './seeded-random';
import type { ParsedRun } from '../../lib/domain/locust/types';

export const HISTORY_BASE = fixtureRun('locust-2.12-generated/smallpool-20u', /\.(csv|html)$/);
export const SLOW_ENDPOINT = HISTORY_BASE.endpoints[0]!;
export const SLOW_SCOPE = `endpoint:${SLOW_ENDPOINT.method} ${SLOW_ENDPOINT.name}`;

export function historyRuns(seed: number, stepAt = 12) {
  const random = seededRandom(seed);
  return (i: number, users = HISTORY_BASE.meta.userCount): ParsedRun => {
    const jitter = (x: number | null, factor = 1) => (x === null ? null : x * factor * (1 + 0.03 * normal(random)));
    const endpoints = HISTORY_BASE.endpoints.map((e) => {
      const factor = e === SLOW_ENDPOINT && i >= stepAt ? 1.4 : 1;
      const percentiles = Object.fromEntries(Object.entries(e.percentiles).map(([k, v]) => [k, jitter(v, factor)]));
      return { ...e, medianMs: jitter(e.medianMs, factor), percentiles };
    });
    const startTime = new Date(Date.UTC(2026, 10, 1 + i)).toISOString();
    return { ...HISTORY_BASE, history: null, endpoints, meta: { ...HISTORY_BASE.meta, startTime, userCount: users } };
  };
}
