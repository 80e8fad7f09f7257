// A Locust run whose upload takes a long transaction: many endpoints, each with its own time
// series (one stored row each), so fault tests can reliably act while it is being written.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeHistory, makeStats } from '../../bench/make-history.mjs';

/** Writes big_stats.csv and big_stats_history.csv (`endpoints` × `ticks` + Aggregated rows);
 *  returns their paths. */
export async function writeBigRun({ endpoints = 3000, ticks = 4 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'swarmlens-fault-run-'));
  const history = join(dir, 'big_stats_history.csv');
  const stats = join(dir, 'big_stats.csv');
  await makeHistory(history, (endpoints + 1) * ticks, endpoints);
  writeFileSync(stats, makeStats(endpoints));
  return { dir, files: [stats, history] };
}
