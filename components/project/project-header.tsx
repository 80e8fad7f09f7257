import Link from 'next/link';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PresentLink, PrintButton } from '@/components/present/page-controls';
import { ShareButton } from '@/components/share/share-button';
import { LINK_BUTTON } from '@/components/ui/button';
import type { ProjectInfo } from '@/lib/domain/shapes/project';
import { projectShare } from '@/lib/view/share/request';
import { DeleteProjectButton } from './delete-project-button';

/** Breadcrumb, name, description, run count and the links out: trends, runs, roadmap as Markdown, Share, Delete.
 *  `readOnly` (shared link): name, description and run count only. */
export function ProjectHeader({
  project,
  runCount,
  setCount = 0,
  readOnly = false,
}: {
  project: ProjectInfo;
  runCount: number;
  setCount?: number;
  readOnly?: boolean;
}) {
  const id = encodeURIComponent(project.id);
  return (
    <header className="space-y-3">
      {!readOnly && <Breadcrumb trail={[{ href: '/projects', label: 'Projects' }]} current={project.name} />}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">{project.name}</h1>
          <p className="text-sm text-slate-600">
            {runCount} {runCount === 1 ? 'run' : 'runs'}
          </p>
          {project.description && (
            <p className="max-w-3xl text-sm whitespace-pre-wrap text-slate-700">{project.description}</p>
          )}
        </div>
        {!readOnly && (
          <div className="flex flex-wrap gap-2">
            <ShareButton request={projectShare(project.id)} what="this project" />
            <PresentLink href={`/projects/${id}/present`} />
            <PrintButton />
            <Link href={`/runs?project=${id}`} className={LINK_BUTTON.secondary}>
              Runs
            </Link>
            <Link href={`/projects/${id}/trends`} className={LINK_BUTTON.secondary}>
              Trends
            </Link>
            <Link href={`/projects/${id}/regressions`} className={LINK_BUTTON.secondary}>
              Regressions
            </Link>
            <a href={`/api/projects/${id}/roadmap?format=md`} className={LINK_BUTTON.secondary}>
              Roadmap as Markdown
            </a>
            <DeleteProjectButton projectId={project.id} name={project.name} runCount={runCount} setCount={setCount} />
          </div>
        )}
      </div>
    </header>
  );
}
