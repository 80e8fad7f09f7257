// "Plan a retest": default names and which saved criterion verifies each proposed roadmap item. Pure.
import { matchCriterion } from '../../domain/criteria/match';
import type { Criterion, StoredCriterion } from '../../domain/criteria/types';

export { matchCriterion };

/** "Retest after 40 users" / "Production GO", made unique among `taken` with " (2)", " (3)"… */
export function defaultSetName(bar: 'between' | 'production', targetLabel: string, taken: readonly string[]): string {
  const base = bar === 'production' ? 'Production GO' : `Retest after ${targetLabel}`;
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base} (${n})`)) return `${base} (${n})`;
}

/** The body of POST /api/roadmap/phases/:id/items linking an item to `saved` (or adding `wanted` to the set). */
export function itemLinks(
  saved: readonly StoredCriterion[],
  setId: string,
  wanted: Criterion,
): { criterionIds: string[]; newCriteria: { setId: string; criterion: Criterion }[] } {
  const match = matchCriterion(saved, wanted);
  return match
    ? { criterionIds: [match.criterion.id], newCriteria: [] }
    : { criterionIds: [], newCriteria: [{ setId, criterion: wanted }] };
}

export type RetestBar = 'between' | 'production';

/** "20 users (baseline)"; a label that names its role already ("100 users (baseline)") is kept as it is. */
export function withRole(label: string, role: 'baseline' | 'target'): string {
  return label.toLowerCase().includes(role) ? label : `${label} (${role})`;
}

/** The proposed set's description: "Retest bar proposed from 20 users (baseline) → 40 users." */
export function planDescription(bar: RetestBar, baselineLabel: string, targetLabel: string): string {
  const what = bar === 'production' ? 'Production bar' : 'Retest bar';
  return `${what} proposed from ${withRole(baselineLabel, 'baseline')} → ${targetLabel}.`;
}

/** `bar=production` -> the production bar; anything else -> between the two runs. */
export function parseBar(value: string | string[] | undefined): RetestBar {
  return (Array.isArray(value) ? value[0] : value) === 'production' ? 'production' : 'between';
}

/** The baseline as a run id: a run id of `ids` as given, or an index into `ids` ("0", "1"); else as given. */
export function resolveBaseline(ids: readonly string[], baseline: string | undefined): string | undefined {
  if (baseline === undefined || ids.includes(baseline)) return baseline;
  return /^\d+$/.test(baseline) && Number(baseline) < ids.length ? ids[Number(baseline)] : baseline;
}

/** The plan page's URL for the same comparison with another bar. */
export function planHref(
  projectId: string,
  ids: readonly string[],
  baseline: string | undefined,
  bar: RetestBar,
  groups: readonly string[] = [],
): string {
  const params = [`runs=${ids.map(encodeURIComponent).join(',')}`];
  if (baseline !== undefined) params.push(`baseline=${encodeURIComponent(baseline)}`);
  if (bar === 'production') params.push('bar=production');
  for (const g of groups) params.push(`group=${encodeURIComponent(g)}`);
  return `/projects/${encodeURIComponent(projectId)}/plan?${params.join('&')}`;
}
