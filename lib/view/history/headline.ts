// The trend page's answer first (issue 19): one line saying whether the runs shown hold open regressions, the
// worst first ("2 open regressions: P95 of POST /login +40% since nightly-36 (commit 78d4618)"), else open
// improvements, else that nothing changed. The chosen metric's change points come first, then the larger. Pure.
import { isRegression } from '../../domain/history/regression';
import type { MetricChange } from '../../domain/history/metric-change';
import type { TrendMetric } from '../../domain/history/run-figures';
import { changeSize, runsText, scopeText, shortCommit, type Tone } from './words';
import { METRIC_WORDS } from '../../domain/history/regression';

/** An open change point as the services give it (ChangePointView's fields the headline reads). */
export interface HeadlineChange extends MetricChange {
  id: string;
  runId: string;
}

export interface HeadlineRun {
  runId: string;
  label: string;
  commit: string | null;
}

export interface HeadlineItem {
  id: string;
  metric: TrendMetric;
  scope: string;
  regression: boolean;
  /** "P95 of POST /login +40% since nightly-36 (commit 78d4618)". */
  sentence: string;
}

export interface TrendHeadline {
  tone: Tone;
  text: string;
  /** The open change points of the runs shown, regressions first, in headline order. */
  items: HeadlineItem[];
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function sentenceOf(c: HeadlineChange, run: HeadlineRun | undefined): string {
  const commit = shortCommit(run?.commit);
  const since = run ? ` since ${run.label}${commit ? ` (commit ${commit})` : ''}` : '';
  return `${METRIC_WORDS[c.metric]} of ${scopeText(c.scope)} ${changeSize(c.metric, c.magnitude)}${since}`;
}

/** `open`: the project's open change points; `runs`: the runs shown (oldest first); `metric`: the one chosen;
 *  `projectRuns`: how many runs the project has. */
export function trendHeadline(
  open: readonly HeadlineChange[],
  runs: readonly HeadlineRun[],
  metric: TrendMetric,
  projectRuns: number = runs.length,
): TrendHeadline {
  if (projectRuns === 0) return { tone: 'neutral', text: 'No runs in this project yet.', items: [] };
  if (runs.length === 0) return { tone: 'neutral', text: 'No runs match these filters.', items: [] };
  const byId = new Map(runs.map((r) => [r.runId, r]));
  const rank = (c: HeadlineChange) => [c.metric === metric ? 0 : 1, -Math.abs(c.magnitude ?? Infinity)] as const;
  const order = (a: HeadlineChange, b: HeadlineChange) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || (a.id < b.id ? -1 : 1);
  };
  const shown = open.filter((c) => byId.has(c.runId));
  const regressions = shown.filter((c) => isRegression(c.metric, c.magnitude)).sort(order);
  const improvements = shown.filter((c) => !isRegression(c.metric, c.magnitude)).sort(order);
  const items = [...regressions, ...improvements].map((c) => ({
    id: c.id,
    metric: c.metric,
    scope: c.scope,
    regression: isRegression(c.metric, c.magnitude),
    sentence: sentenceOf(c, byId.get(c.runId)),
  }));
  const more = (n: number) => (n > 1 ? `, and ${plural(n - 1, 'more', 'more')}` : '');
  if (regressions.length > 0) {
    const text = `${plural(regressions.length, 'open regression', 'open regressions')}: ${items[0]!.sentence}`;
    return { tone: 'bad', text: `${text}${more(regressions.length)}`, items };
  }
  if (improvements.length > 0) {
    const head = `No open regressions in the ${runsText(runs.length)} shown`;
    const text = `${head}; ${plural(improvements.length, 'improvement', 'improvements')}: ${items[0]!.sentence}`;
    return { tone: 'ok', text: `${text}${more(improvements.length)}`, items };
  }
  return { tone: 'ok', text: `No open change points in the ${runsText(runs.length)} shown.`, items };
}
