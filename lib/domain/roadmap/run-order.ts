// The order in which runs verify roadmap items: when each test ran, not when it was uploaded, so a
// retest uploaded before an item was written still verifies it, and "broken again" always means a
// test that ran later. A run's time is its start (meta.startTime); when that is unknown or unreadable,
// its upload time stands in (and the roadmap says so). Start times read without a zone (legacy HTML
// reports: local time, zone unknown) are taken as UTC, so they may be off by the zone's offset. Pure.

export interface TimedRun {
  id: string;
  /** ISO-8601 upload time. */
  createdAt: string;
  /** ISO-8601 start of the test as read from its files; null when unknown. */
  startTime?: string | null;
}

export interface TestTime {
  /** ms since the epoch. */
  ms: number;
  /** Which time it is: the test's start, or its upload standing in for an unknown start. */
  from: 'start' | 'upload';
}

const HAS_ZONE = /(?:[zZ]|[+-]\d\d:?\d\d)$/;

/** Epoch ms of an ISO-8601 start time (without a zone: as UTC); null when unreadable. */
export function startMs(startTime: string | null | undefined): number | null {
  if (!startTime) return null;
  const text = startTime.trim();
  const ms = Date.parse(HAS_ZONE.test(text) ? text : `${text}Z`);
  return Number.isFinite(ms) ? ms : null;
}

export function testTime(run: TimedRun): TestTime {
  const start = startMs(run.startTime);
  return start !== null ? { ms: start, from: 'start' } : { ms: Date.parse(run.createdAt), from: 'upload' };
}

/** The runs by when they ran, earliest first (ties: by upload time, then id). A new array. */
export function inTestOrder<R extends TimedRun>(runs: readonly R[]): R[] {
  const keyed = runs.map((run) => ({ run, ms: testTime(run).ms }));
  const byId = (a: R, b: R) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  keyed.sort((a, b) => a.ms - b.ms || a.run.createdAt.localeCompare(b.run.createdAt) || byId(a.run, b.run));
  return keyed.map((k) => k.run);
}
