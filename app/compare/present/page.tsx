import type { Metadata } from 'next';
import { CompareBadRequest } from '@/components/compare/compare-bad-request';
import { CompareDeck, compareDeckTitle } from '@/components/present/compare-deck';
import { parseCompareQuery, type SearchParams } from '@/lib/view/compare/query';
import { loadComparison } from '../compare-data';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { ids, baseline, target, steps, groups, window } = parseCompareQuery(await searchParams);
  const result = await loadComparison(ids.join(','), baseline, steps, groups.join('\n'), true, window, target);
  return { title: result.ok ? `Present: ${compareDeckTitle(result.model)}` : 'Present a comparison' };
}

/** /compare/present?… — the query of /compare (runs, baseline, group, steps, window), as a full-screen deck;
 *  #N opens slide N. */
export default async function ComparePresentPage({ searchParams }: Props) {
  const { ids, baseline, target, steps, groups, window } = parseCompareQuery(await searchParams);
  const result = await loadComparison(ids.join(','), baseline, steps, groups.join('\n'), true, window, target);
  if (!result.ok) return <CompareBadRequest message={result.message} ids={ids} baseline={baseline} steps={steps} />;
  return <CompareDeck model={result.model} />;
}
