import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { CompareDeck, compareDeckTitle } from '@/components/present/compare-deck';
import { ProjectDeck } from '@/components/present/project-deck';
import { WithoutRunLinks } from '@/components/roadmap/run-links';
import { loadShare } from '../share-data';

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { share, content } = await loadShare((await params).token);
  const title = content.kind === 'comparison' ? compareDeckTitle(content.model) : share.title;
  return { title: `Present: ${title}`, robots: { index: false, follow: false } };
}

/** /s/TOKEN/present — a shared comparison or project as the owner's deck, read-only: it leaves to the share page
 *  and links nothing that needs sign-in; #N opens slide N. A run share has no deck (404). */
export default async function SharePresentPage({ params }: Props) {
  await connection();
  const { token } = await params;
  const { content } = await loadShare(token);
  const exitHref = `/s/${encodeURIComponent(token)}`;
  if (content.kind === 'run') notFound();
  return (
    <WithoutRunLinks>
      {content.kind === 'comparison' ? (
        <CompareDeck model={content.model} exitHref={exitHref} readOnly />
      ) : (
        <ProjectDeck data={content.overview} exitHref={exitHref} readOnly />
      )}
    </WithoutRunLinks>
  );
}
