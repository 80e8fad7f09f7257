// The compare page's state lives in its URL (`/compare?runs=a,b,c&baseline=a&target=b`) so a comparison
// can be pasted into a chat. Parsing is lenient (spaces, repeated `runs=`); the service judges the rest.

export type SearchParams = Record<string, string | string[] | undefined>;

export interface CompareQuery {
  /** Run ids in the order given (the first is the baseline unless `baseline` names another). */
  ids: string[];
  baseline: string | undefined;
  /** The run judged against the baseline; absent: the last run given that is not the baseline. */
  target: string | undefined;
  /** `steps=1`: the load steps of one stepped run, compared step by step. */
  steps: boolean;
  /** `group=NAME=PREFIX` (repeatable): user-defined endpoint groups, as written. */
  groups: string[];
  /** `window=whole|steady` as written (absent: whole); the service refuses other values. */
  window: string;
}

export function parseCompareQuery(params: SearchParams): CompareQuery {
  const runs = params.runs;
  const raw = runs === undefined ? [] : Array.isArray(runs) ? runs : [runs];
  const ids = raw
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  const b = Array.isArray(params.baseline) ? params.baseline[0] : params.baseline;
  const baseline = b?.trim() || undefined;
  const t = Array.isArray(params.target) ? params.target[0] : params.target;
  const target = t?.trim() || undefined;
  const s = Array.isArray(params.steps) ? params.steps[0] : params.steps;
  const g = params.group;
  const groups = (g === undefined ? [] : Array.isArray(g) ? g : [g]).map((x) => x.trim()).filter(Boolean);
  const w = Array.isArray(params.window) ? params.window[0] : params.window;
  return { ids, baseline, target, steps: s === '1' || s === 'true', groups, window: w?.trim() || 'whole' };
}

const groupParams = (groups: readonly string[]) => groups.map((g) => `&group=${encodeURIComponent(g)}`).join('');

const idList = (ids: readonly string[]) => ids.map(encodeURIComponent).join(',');

/** `&window=steady`, or nothing for the default (whole). */
const windowParam = (window: string) => (window === 'whole' ? '' : `&window=${encodeURIComponent(window)}`);

/** `&baseline=ID&target=ID`, each only when given. */
const pairParams = (baseline: string | undefined, target: string | undefined) =>
  `${baseline !== undefined ? `&baseline=${encodeURIComponent(baseline)}` : ''}` +
  `${target !== undefined ? `&target=${encodeURIComponent(target)}` : ''}`;

/** The page URL; commas stay readable. `target` only when chosen (absent: the default target). */
export function compareHref(
  ids: readonly string[],
  baseline?: string,
  steps = false,
  groups: readonly string[] = [],
  window = 'whole',
  target?: string,
): string {
  if (steps) return `/compare?runs=${idList(ids)}&steps=1${groupParams(groups)}`;
  return `/compare?runs=${idList(ids)}${pairParams(baseline, target)}${groupParams(groups)}${windowParam(window)}`;
}

/** `GET /api/compare/rows`: the rows the page fetches once it is interactive (lib/view/compare/rows.ts), asked
 *  exactly as the page asked its comparison (`key`: the runs and baseline as given, the baseline rule resolved), so
 *  the server reads the view it has just cached. */
export function compareRowsHref(
  key: { runs: readonly string[]; baseline: string | null; steps: boolean },
  groups: readonly string[],
  window: string,
  target: string | null,
): string {
  const query = compareHref(key.runs, key.baseline ?? undefined, key.steps, groups, window, target ?? undefined);
  return `/api/compare/rows${query.slice('/compare'.length)}`;
}

/** `GET /api/compare`: the Comparison JSON, or the Markdown report. */
export function compareApiHref(
  ids: readonly string[],
  baseline: string | undefined,
  format: 'json' | 'md' = 'json',
  steps = false,
  groups: readonly string[] = [],
  window = 'whole',
  target?: string,
): string {
  const md = format === 'md' ? '&format=md' : '';
  if (steps) return `/api/compare?runs=${idList(ids)}&steps=1${md}${groupParams(groups)}`;
  return (
    `/api/compare?runs=${idList(ids)}${pairParams(baseline, target)}${md}${groupParams(groups)}` +
    `${windowParam(window)}`
  );
}

/**
 * Where the pickers lead: a new baseline keeps the chosen target (a baseline equal to it swaps the two);
 * a new target keeps the baseline. `target` undefined: the default target, left out of the URL.
 */
export function pickHref(
  q: {
    ids: readonly string[];
    baseline: string;
    target: string | undefined;
    groups: readonly string[];
    window: string;
  },
  pick: { baseline: string } | { target: string },
): string {
  if ('target' in pick) return compareHref(q.ids, q.baseline, false, q.groups, q.window, pick.target);
  const target = pick.baseline === q.target ? q.baseline : q.target;
  return compareHref(q.ids, pick.baseline, false, q.groups, q.window, target);
}

/** A file name for the downloaded report: "comparison-20-users-vs-40-users.md". */
export function markdownFileName(names: readonly string[]): string {
  const slug = names
    .map(
      (n) =>
        n
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, ''), // runs of `-` were just made one
    )
    .filter(Boolean)
    .join('-vs-');
  const short = slug.length > 80 ? `${slug.slice(0, 80).replace(/-$/, '')}-and-more` : slug;
  return `comparison-${short || 'runs'}.md`;
}
