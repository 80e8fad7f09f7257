// What the primary of `npm start` (scripts/start.mjs) decides when a worker stops, and what it checks before it
// forks any: no stand-in for a supervisor (systemd, compose, Kubernetes), which restarts the whole instance, but no
// endless loop either. A worker that dies soon after it started, again and again, will not serve after the next
// restart either (a build missing or broken after start, the database files unreadable): the primary stops, with the
// reason, so that the supervisor reports the failure instead of an instance forking a process per second.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A worker that stops within this many ms of listening counts as a crash at start. */
export const EARLY_EXIT_MS = 30_000;
/** This many early exits in a row stop the instance (a worker that lived longer resets the count). */
export const EARLY_EXIT_LIMIT = 3;

/** `listenedAtMs`: when the worker that stopped started listening; `nowMs`: when it stopped. */
export function createRestartPolicy({ earlyExitMs = EARLY_EXIT_MS, limit = EARLY_EXIT_LIMIT } = {}) {
  let earlyInARow = 0;
  return {
    /** 'restart', or 'stop' once `limit` workers in a row stopped within `earlyExitMs` of listening. */
    onWorkerExit(listenedAtMs, nowMs) {
      earlyInARow = nowMs - listenedAtMs < earlyExitMs ? earlyInARow + 1 : 0;
      return earlyInARow >= limit ? 'stop' : 'restart';
    },
  };
}

/** Why `next start` cannot serve from `root` (no production build in its dist folder), or null. */
export function missingBuild(root, distDir = process.env.NEXT_DIST_DIR || '.next') {
  if (existsSync(join(root, distDir, 'BUILD_ID'))) return null;
  return `no production build in ${distDir}/ (no BUILD_ID): run \`npm run build\` first`;
}
