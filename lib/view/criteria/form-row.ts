// The criteria editor's rows <-> criteria. The form shows success and failure rates as PERCENT and
// relative targets as percent CHANGE; criteria hold fractions 0..1 (0.97) and changes (0.10 = +10%).
// Errors are keyed like the API's validation details ("criteria.2.target") so both show alike.
import type { Criterion, CriterionOp } from '../../domain/criteria/types';
import { clean } from './format';
import { METRIC_OPTIONS, metricKind, normalizeCustomMetric, splitScope, type ScopeKind } from './metrics';

export const CUSTOM_METRIC = 'custom';

export interface CriterionFormRow {
  /** React key: stable while rows are added, removed and moved. */
  key: string;
  /** The stored criterion's id: sent back so roadmap links survive an edit. */
  id?: string;
  /** One of METRIC_OPTIONS, or CUSTOM_METRIC with `customMetric` typed ("p97"). */
  metric: string;
  customMetric: string;
  scopeKind: ScopeKind;
  /** "GET /login" for an endpoint, "/api/" for a group; unused for the aggregate. */
  scopeText: string;
  op: CriterionOp;
  /** As typed: percent for rates, percent change when relative, else the metric's unit (ms, count, /s). */
  target: string;
  relative: boolean;
  floorMs: string;
  minRequests: string;
  severity: 'must' | 'should';
}

/** Field errors by path: "criteria.2.target" -> message. */
export type FieldErrors = Record<string, string>;

let counter = 0;
export const newRowKey = () => `row-${++counter}`;

/** Whether the row's target is typed as a percentage (rates, or any relative change). */
export function targetIsPercent(row: Pick<CriterionFormRow, 'metric' | 'relative'>): boolean {
  return row.relative || metricKind(row.metric) === 'fraction';
}

/** The unit shown beside the target input. */
export function targetUnit(row: Pick<CriterionFormRow, 'metric' | 'relative'>): string {
  if (row.relative) return '% change';
  // CUSTOM_METRIC is a percentile: ms.
  return { fraction: '%', count: '', rate: 'req/s', ms: 'ms' }[metricKind(row.metric)];
}

export function blankRow(): CriterionFormRow {
  return {
    key: newRowKey(),
    metric: 'p95Ms',
    customMetric: '',
    scopeKind: 'aggregate',
    scopeText: '',
    op: '<',
    target: '',
    relative: false,
    floorMs: '',
    minRequests: '',
    severity: 'must',
  };
}

export function toFormRow(c: Criterion & { id?: string }): CriterionFormRow {
  const known = (METRIC_OPTIONS as readonly string[]).includes(c.metric);
  const { kind, text } = splitScope(c.scope);
  const relative = c.relative === 'baseline';
  const shown = relative || metricKind(c.metric) === 'fraction' ? clean(c.target * 100) : c.target;
  return {
    key: newRowKey(),
    ...(c.id ? { id: c.id } : {}),
    metric: known ? c.metric : CUSTOM_METRIC,
    customMetric: known ? '' : c.metric,
    scopeKind: kind,
    scopeText: text,
    op: c.op,
    target: String(shown),
    relative,
    floorMs: c.floorMs === undefined ? '' : String(c.floorMs),
    minRequests: c.minRequests === undefined ? '' : String(c.minRequests),
    severity: c.severity ?? 'must',
  };
}

const numberOf = (text: string): number | null =>
  text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text);

/** One row -> a criterion (with its id when it has one), or its errors under `criteria.INDEX.FIELD`. */
export function fromFormRow(
  row: CriterionFormRow,
  index: number,
): { criterion: Criterion & { id?: string } } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const at = (field: string) => `criteria.${index}.${field}`;
  const metric = row.metric === CUSTOM_METRIC ? normalizeCustomMetric(row.customMetric) : row.metric;
  if (metric === null) errors[at('metric')] = 'type a percentile such as p97 or p99.5';
  const scopeText = row.scopeText.trim();
  if (row.scopeKind !== 'aggregate' && scopeText === '')
    errors[at('scope')] =
      row.scopeKind === 'endpoint' ? 'name the endpoint, e.g. GET /login' : 'give a path prefix, e.g. /api/';
  const typed = numberOf(row.target);
  if (typed === null) errors[at('target')] = 'enter a number';
  const floor = numberOf(row.floorMs);
  if (row.relative && row.floorMs.trim() !== '' && (floor === null || floor < 0))
    errors[at('floorMs')] = 'a number of ms, 0 or more';
  const min = numberOf(row.minRequests);
  if (row.minRequests.trim() !== '' && (min === null || min < 0 || !Number.isInteger(min)))
    errors[at('minRequests')] = 'a whole number, 0 or more';
  if (Object.keys(errors).length > 0 || metric === null || typed === null) return { errors };

  const target = row.relative || metricKind(metric) === 'fraction' ? clean(typed / 100) : typed;
  const criterion: Criterion & { id?: string } = {
    ...(row.id ? { id: row.id } : {}),
    metric,
    scope: row.scopeKind === 'aggregate' ? 'aggregate' : `${row.scopeKind}:${scopeText}`,
    op: row.op,
    target,
    ...(row.relative ? { relative: 'baseline' as const } : {}),
    ...(row.relative && floor !== null && /Ms$/.test(metric) ? { floorMs: floor } : {}),
    ...(min !== null ? { minRequests: min } : {}),
    ...(row.severity === 'should' ? { severity: 'should' as const } : {}),
  };
  return { criterion };
}

/** Every row, or every error; no rows is an error under "criteria". */
export function fromFormRows(
  rows: CriterionFormRow[],
): { criteria: (Criterion & { id?: string })[] } | { errors: FieldErrors } {
  if (rows.length === 0) return { errors: { criteria: 'add at least one criterion' } };
  const results = rows.map(fromFormRow);
  const errors = Object.assign({}, ...results.map((r) => ('errors' in r ? r.errors : {}))) as FieldErrors;
  if (Object.keys(errors).length > 0) return { errors };
  return { criteria: results.map((r) => ('criterion' in r ? r.criterion : (undefined as never))) };
}

/** Moves the row at `from` one place up (-1) or down (+1); out of range: unchanged. */
export function moveRow<T>(rows: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= rows.length || to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** A change of metric or of "relative": the typed target is kept when its unit stays, else cleared
 *  (97 % is not 97 ms). */
export function retarget(
  row: CriterionFormRow,
  patch: Pick<Partial<CriterionFormRow>, 'metric' | 'relative'>,
): Partial<CriterionFormRow> {
  const next = { ...row, ...patch };
  return targetUnit(next) === targetUnit(row) ? patch : { ...patch, target: '' };
}
