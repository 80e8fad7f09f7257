// The "endpoints that changed" table of the deck (components/present/endpoint-slides.tsx, worst endpoints)
// and of the printed meeting summary (components/compare/meeting-summary-sections.tsx): the endpoints the
// caller picked, with their baseline and target figures as text and the tone of each change. Pure; each
// component lays the cells out in its own type sizes.
import { formatChange, formatMs } from '../../domain/format/format';
import { formatFailureRate, formatPoints } from '../../domain/report/metric-format';
import { unpackEndpoints } from '../compare/endpoints';
import type { CompareModel } from '../compare/model';

/** A change read the reviewer's way: 'bad' grew (slower, more failures), 'ok' fell, 'neutral' neither or unknown. */
export type GrowthTone = 'bad' | 'ok' | 'neutral';

export interface ToneCell {
  text: string;
  tone: GrowthTone;
}

export interface EndpointChangeRow {
  /** Index into CompareModel.endpoints. */
  index: number;
  /** Stable row key (EndpointView.id). */
  id: string;
  /** "METHOD name", or the name alone when the endpoint has no method. */
  label: string;
  method: string | null;
  name: string;
  p95Baseline: string;
  p95Target: string;
  /** P95 of the target against the baseline, relative ("+160%"). */
  p95Change: ToneCell;
  /** Failure rate of the baseline, then of the target ("0% → 0.18%"). */
  failureRates: string;
  /** Failures in the target where the baseline had none. */
  newFailures: boolean;
  /** Failure rate of the target minus the baseline's, in percentage points ("+0.18 pts"). */
  failureRateChange: ToneCell;
}

export interface EndpointChangeTable {
  baselineName: string;
  targetName: string;
  /** Headers of the two P95 columns, with the run names: "P95 50 users". */
  headers: { p95Baseline: string; p95Target: string };
  /** The picked endpoints in the order picked; indices with no endpoint are skipped. */
  rows: EndpointChangeRow[];
  /** Endpoints in the comparison, picked or not. */
  endpointCount: number;
}

/** The names of the head's baseline and target runs ('baseline' and 'target' when a run is missing). */
export function headRunNames(model: Pick<CompareModel, 'runs' | 'head'>): { baseline: string; target: string } {
  return {
    baseline: model.runs[model.head.baselineIndex]?.name ?? 'baseline',
    target: model.runs[model.head.targetIndex]?.name ?? 'target',
  };
}

/** Growth is bad, a fall is ok: both for P95 (relative) and failure rate (points). */
export function growthTone(change: number | null): GrowthTone {
  return change !== null && change > 0 ? 'bad' : change !== null && change < 0 ? 'ok' : 'neutral';
}

/** `indices` into model.endpoints (e.g. lib/view/present/slides worstEndpoints), in the order the table lists them. */
export function endpointChangeTable(
  model: Pick<CompareModel, 'endpoints' | 'head' | 'runs'>,
  indices: readonly number[],
): EndpointChangeTable {
  const { baselineIndex: b, targetIndex: t } = model.head;
  const all = unpackEndpoints(model.endpoints, b, t);
  const names = headRunNames(model);
  const rows = indices.flatMap((index): EndpointChangeRow[] => {
    const e = all[index];
    if (!e) return [];
    const [base, target] = [e.runs[b], e.runs[t]];
    return [
      {
        index,
        id: e.id,
        label: e.label,
        method: e.method,
        name: e.name,
        p95Baseline: formatMs(base?.p95Ms),
        p95Target: formatMs(target?.p95Ms),
        p95Change: { text: formatChange(e.p95Change), tone: growthTone(e.p95Change) },
        failureRates: `${formatFailureRate(base?.failureRate)} → ${formatFailureRate(target?.failureRate)}`,
        newFailures: e.newFailures,
        failureRateChange: { text: formatPoints(e.failureRateChange), tone: growthTone(e.failureRateChange) },
      },
    ];
  });
  return {
    baselineName: names.baseline,
    targetName: names.target,
    headers: { p95Baseline: `P95 ${names.baseline}`, p95Target: `P95 ${names.target}` },
    rows,
    endpointCount: all.length,
  };
}
