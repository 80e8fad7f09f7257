import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ProjectDeck } from '@/components/present/project-deck';
import { loadProjectPage } from '../project-page-data';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { project } = await loadProjectPage((await params).id);
  return { title: `Present: ${project.name}` };
}

/** /projects/ID/present — the project as a full-screen deck (verdicts over time, sets on the latest run, roadmap);
 *  #N opens slide N. Its newest page of runs is evaluated: the deck shows the latest few. */
export default async function ProjectPresentPage({ params }: Props) {
  await connection();
  const { project, sets, evaluation, roadmap } = await loadProjectPage((await params).id);
  return <ProjectDeck data={{ project, sets, evaluation, roadmap }} />;
}
