// The headroom panel in words (issue 19): per criterion of a set, its class with the figure ("40% left:
// 1,800 ms against < 3,000 ms"), the slope per run with its 95% range, and the outlook ("breach in ~12 runs
// (~9 days)", "volatile (CV 31%): no projection", no projection of a slope that is not significant, or why
// there is no headroom). Pure.
import { formatMs, formatRate, NONE } from '../../domain/format/format';
import type { Criterion } from '../../domain/criteria/types';
import type { Headroom, HeadroomClass } from '../../domain/history/headroom';
import { criterionText, formatMetricAmount } from '../criteria/format';
import { metricKind } from '../criteria/metrics';
import type { Tone } from './words';

/** A criterion's headroom as the headroom service gives it (CriterionHeadroom's fields). */
export interface HeadroomInput {
  criterion: Pick<Criterion, 'metric' | 'scope' | 'op' | 'target' | 'relative' | 'floorMs'> & { id: string };
  unavailable: string | null;
  runs: number;
  headroom: Headroom | null;
}

export interface HeadroomRow {
  id: string;
  /** "p95 of All requests < 3,000 ms". */
  criterion: string;
  cls: HeadroomClass | null;
  tone: Tone | 'warn';
  /** "40% left: 1,800 ms"; null without headroom. */
  figure: string | null;
  /** "+12 ms per run (+4 ms to +20 ms)"; null without a trend. */
  slope: string | null;
  outlook: string;
}

export const CLASS_TONE: Record<HeadroomClass, HeadroomRow['tone']> = {
  comfortable: 'ok',
  adequate: 'neutral',
  thin: 'warn',
  breached: 'bad',
};

const sign = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '');

/** A signed change of the criterion's metric per run: "+12 ms", "−0.40 pts", "+1.5/s"; no sign on what rounds to 0. */
export function signedAmount(metric: string, x: number): string {
  const kind = metricKind(metric);
  const size = Math.abs(x);
  const text =
    kind === 'fraction'
      ? `${(size * 100).toFixed(2)} pts`
      : kind === 'rate'
        ? formatRate(size)
        : kind === 'count'
          ? size.toLocaleString('en-US', { maximumFractionDigits: 1 })
          : formatMs(size);
  return /[1-9]/.test(text) ? `${sign(x)}${text}` : text;
}

const about = (n: number, one: string, many: string) => {
  const rounded = Math.max(1, Math.round(n));
  return `~${rounded.toLocaleString('en-US')} ${rounded === 1 ? one : many}`;
};

function outlookOf(h: Headroom, runs: number): string {
  if (h.class === 'breached') return 'breached now';
  if (h.volatile) return `volatile (CV ${Math.round((h.cv ?? 0) * 100)}%): no projection`;
  if (h.projection) {
    const { runs: left, days } = h.projection;
    if (left < 0.5) return 'at the limit now';
    const when = days === null ? '' : days < 1 ? ' (< 1 day)' : ` (${about(days, 'day', 'days')})`;
    return `breach in ${about(left, 'run', 'runs')}${when}`;
  }
  if (!h.trend) return `too few runs for a trend (${runs})`;
  // The slope is shown beside: say why there is no projection rather than repeat it.
  if (h.trend.pValue >= 0.05) return `no projection: the slope is not significant (p = ${h.trend.pValue.toFixed(2)})`;
  return 'trend heads away from the limit';
}

export function headroomRow(input: HeadroomInput): HeadroomRow {
  const { criterion: c, headroom: h } = input;
  const base = { id: c.id, criterion: criterionText(c) };
  if (input.unavailable !== null || h === null) {
    return { ...base, cls: null, tone: 'neutral', figure: null, slope: null, outlook: input.unavailable ?? NONE };
  }
  const left = h.headroom === null ? null : h.headroom < 0 ? 'over the limit' : `${Math.round(h.headroom * 100)}% left`;
  const value = formatMetricAmount(c.metric, h.value);
  const figure = left === null ? value : `${left}: ${value}`;
  return {
    ...base,
    cls: h.class,
    tone: h.class ? CLASS_TONE[h.class] : 'neutral',
    figure,
    slope: h.trend ? slopeWords(c.metric, h.trend) : null,
    outlook: outlookOf(h, input.runs),
  };
}

/** "+12 ms per run (+4 ms to +20 ms)"; "flat" when even the range rounds to nothing. */
function slopeWords(metric: string, t: NonNullable<Headroom['trend']>): string {
  const [slope, low, high] = [t.slope, t.slopeLow, t.slopeHigh].map((x) => signedAmount(metric, x)) as [
    string,
    string,
    string,
  ];
  if (!/[1-9]/.test(low + high)) return 'flat';
  return `${slope} per run (${low} to ${high})`;
}
