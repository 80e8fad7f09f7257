// What the upload page says about runs already stored with the same files (POST /api/runs/check-duplicates). Pure.

/** A stored run with the same files, as the check answers it. */
export interface StoredDuplicate {
  id: string;
  label: string;
  project: { id: string; name: string };
  /** ISO-8601 upload time. */
  createdAt: string;
  url: string;
}

const UPLOADED = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** "run “20 users” in Demo (uploaded Dec 5, 2026, 2:03 PM)" */
export function describeStored(
  d: StoredDuplicate,
  format: (iso: string) => string = (iso) => UPLOADED.format(new Date(iso)),
): string {
  return `run “${d.label}” in ${d.project.name} (uploaded ${format(d.createdAt)})`;
}

/** The words before the links: "These are the same files as" (one run), or "“40 users” has the same files as". */
export function duplicateLead(runLabel: string | null): string {
  return runLabel === null ? 'These are the same files as' : `“${runLabel}” has the same files as`;
}

/** What Save waits for, said beside the button; null when nothing. */
export function duplicateHint(state: { checking: boolean; duplicated: number; storeAnyway: boolean }): string | null {
  if (state.checking) return 'Checking whether these files are stored already…';
  if (state.duplicated === 0 || state.storeAnyway) return null;
  const what = state.duplicated === 1 ? 'These files are' : `The files of ${state.duplicated} runs are`;
  return `${what} stored already: open the stored run, or choose “Store anyway”.`;
}
