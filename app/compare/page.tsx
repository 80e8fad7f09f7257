import type { Metadata } from 'next';
import { CompareBadRequest } from '@/components/compare/compare-bad-request';
import { CompareView } from '@/components/compare/compare-view';
import { parseCompareQuery, type SearchParams } from '@/lib/view/compare/query';
import { loadComparison } from './compare-data';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { ids, baseline, target, steps, groups, window } = parseCompareQuery(await searchParams);
  const result = await loadComparison(ids.join(','), baseline, steps, groups.join('\n'), true, window, target);
  if (!result.ok) return { title: steps ? 'Load steps' : 'Compare runs' };
  if (result.model.stepped) return { title: `Load steps of ${result.model.stepped.runName}` };
  const names = result.model.runs.map((r) => r.name);
  return { title: names.length <= 3 ? `Compare ${names.join(' vs ')}` : `Compare ${names.length} runs` };
}

/** /compare?runs=a,b,c&baseline=a[&group=NAME=PREFIX…] — the URL is the whole state, so a comparison
 *  can be pasted in a chat; `group` adds user-defined endpoint groups.
 *  /compare?runs=a&steps=1 — the load steps of one stepped run, compared step by step.
 *  &window=steady — every run over its steady state (ramp-up and ramp-down left out). */
export default async function ComparePage({ searchParams }: Props) {
  const { ids, baseline, target, steps, groups, window } = parseCompareQuery(await searchParams);
  const result = await loadComparison(ids.join(','), baseline, steps, groups.join('\n'), true, window, target);
  if (!result.ok)
    return <CompareBadRequest message={result.message} ids={ids} baseline={baseline} target={target} steps={steps} />;
  return <CompareView model={result.model} rules={result.rules} />;
}
