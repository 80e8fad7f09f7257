import type { Metadata } from 'next';
import { connection } from 'next/server';
import { CompareView } from '@/components/compare/compare-view';
import { ShareBanner } from '@/components/share/share-banner';
import { SharedProject } from '@/components/share/shared-project';
import { SharedRun } from '@/components/share/shared-run';
import { bannerText } from '@/lib/view/share/state';
import { loadShare } from './share-data';

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ run?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { share, description } = await loadShare((await params).token);
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
 *  A project share takes ?run=ID like the project page (the run its criteria sets judge). */
export default async function SharePage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const { share, content } = await loadShare(token);
  const asked = (await searchParams).run;
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
      {content.kind === 'comparison' && <CompareView model={content.model} readOnly />}
      {content.kind === 'project' && (
        <SharedProject overview={content.overview} askedRunId={Array.isArray(asked) ? asked[0] : asked} />
      )}
    </div>
  );
}
