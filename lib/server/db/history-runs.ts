// What the history reads of runs (part-pass.ts PartRun, trend-store.ts TrendRunRow): the era rules' fields and
// the metadata a change point reports, oldest first by start time, else upload time (id breaking ties).
import type { PartRun } from '../../domain/history/part-pass';
import type { Db } from './client';

export const HISTORY_RUN_FIELDS = {
  id: true,
  label: true,
  startTime: true,
  createdAt: true,
  commit: true,
  branch: true,
  build: true,
  host: true,
  locustVersion: true,
  locustfileSha256: true,
  profile: true,
  userCount: true,
  environment: true,
} as const;

type Row = Awaited<ReturnType<typeof selectRuns>>[number];
const selectRuns = (db: Db, where: object) => db.run.findMany({ where, select: HISTORY_RUN_FIELDS });

export interface HistoryRun extends PartRun {
  label: string;
}

/** The runs `where` selects, in history order. */
export async function historyRuns(db: Db, where: object): Promise<HistoryRun[]> {
  const rows = await selectRuns(db, where);
  const time = (r: Row) => {
    const t = r.startTime === null ? NaN : Date.parse(r.startTime);
    return Number.isFinite(t) ? t : r.createdAt.getTime();
  };
  rows.sort((a, b) => time(a) - time(b) || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  return rows.map(({ id, createdAt, startTime, ...r }) => ({
    ...r,
    runId: id,
    startTime: startTime ?? createdAt.toISOString(),
  }));
}
