// The project page shows one page of its runs in "Verdicts over time" (30: a 1,000-run project
// renders in about 0.8x the CPU of 50 a page, and 30 columns already scroll): page 1 is the newest
// RUNS_PER_PAGE runs, page 2 the ones before them, and so on; within a page runs go oldest -> newest.
// Pure: from the project's runs (oldest first) and the URL's `page` and `run`.

export const RUNS_PER_PAGE = 30;

export interface RunWindow {
  /** 1 = the newest runs. */
  page: number;
  /** At least 1 (an empty project has one empty page). */
  pageCount: number;
  /** The window is runs[start, end) of the runs oldest first. */
  start: number;
  end: number;
}

export function pageCountOf(runCount: number, perPage = RUNS_PER_PAGE): number {
  return Math.max(1, Math.ceil(runCount / perPage));
}

/** Page `page` (clamped to 1..pageCount) of `runCount` runs. */
export function runWindow(runCount: number, page: number, perPage = RUNS_PER_PAGE): RunWindow {
  const pageCount = pageCountOf(runCount, perPage);
  const p = Math.min(pageCount, Math.max(1, Math.floor(page) || 1));
  const end = runCount - (p - 1) * perPage;
  return { page: p, pageCount, start: Math.max(0, end - perPage), end: Math.max(0, end) };
}

/** The page that shows the run at `index` (runs oldest first). */
export function pageOfIndex(runCount: number, index: number, perPage = RUNS_PER_PAGE): number {
  return Math.floor((runCount - 1 - index) / perPage) + 1;
}

/** A `page` query value: a whole number from 1, else null (then the run, or page 1, decides). */
export function parsePage(value: string | undefined): number | null {
  return value !== undefined && /^[1-9]\d{0,6}$/.test(value) ? Number(value) : null;
}

/**
 * The window and the selected run: `page` when valid (the asked run stays selected if it is on that
 * page, else the page's newest run), else the page of the asked run, else page 1 and the newest run.
 * Invariant: the selected run is always in the window (null only when there are no runs).
 */
export function pickWindow(
  runIds: readonly string[],
  asked: { page?: string; run?: string },
  perPage = RUNS_PER_PAGE,
): { window: RunWindow; selectedRunId: string | null } {
  const index = asked.run === undefined ? -1 : runIds.indexOf(asked.run);
  const page = parsePage(asked.page) ?? (index >= 0 ? pageOfIndex(runIds.length, index, perPage) : 1);
  const window = runWindow(runIds.length, page, perPage);
  const inWindow = index >= window.start && index < window.end;
  const selectedRunId = inWindow ? asked.run! : (runIds[window.end - 1] ?? null);
  return { window, selectedRunId };
}
