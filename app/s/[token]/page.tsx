import type { Metadata } from 'next';
import { connection } from 'next/server';
import { CompareView } from '@/components/compare/compare-view';
import { ShareBanner } from '@/components/share/share-banner';
import { SharedProject } from '@/components/share/shared-project';
import { SharedRun } from '@/components/share/shared-run';
import { bannerText } from '@/lib/view/share/state';
import { loadShare } from './share-data';

type Query = { run?: string | string[]; page?: string | string[] };
type Props = { params: Promise<{ token: string }>; searchParams: Promise<Query> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const { page, run } = await searchParams;
  const { share, description } = await loadShare((await params).token, first(page), first(run));
  return {
    title: share.title,
    description,
    robots: { index: false, follow: false },
    openGraph: { title: share.title, description, type: 'article', siteName: 'Swarmlens' },
    twitter: { card: 'summary', title: share.title, description },
  };
}

/** /s/TOKEN: a shared run, comparison or project, read-only and open without signing in: what the owner's page
 *  shows for that scope (verdict first, criteria and roadmap), with the link's own deck (/s/TOKEN/present; not
 *  for a run) and Markdown report (/s/TOKEN/report.md; not for a project).
 *  A project share takes ?page=N and ?run=ID like the project page (its page of runs; the run its sets judge). */
export default async function SharePage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const { page, run } = await searchParams;
  const { share, content } = await loadShare(token, first(page), first(run));
  const base = `/s/${encodeURIComponent(token)}`;
  return (
    <div className="space-y-8">
      <ShareBanner
        text={bannerText(share, new Date())}
        presentHref={content.kind === 'run' ? null : `${base}/present`}
        markdownHref={content.kind === 'project' ? null : `${base}/report.md`}
      />
      {content.kind === 'run' && (
        <SharedRun stored={content.stored} history={content.history} meeting={content.meeting} />
      )}
      {content.kind === 'comparison' && <CompareView model={content.model} readOnly rowsHref={`${base}/rows.json`} />}
      {content.kind === 'project' && (
        <SharedProject overview={content.overview} pager={content.pager} selectedRunId={content.selectedRunId} />
      )}
    </div>
  );
}
