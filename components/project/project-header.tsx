import Link from 'next/link';
import type { ProjectInfo } from '@/lib/db/project-store';

/** Breadcrumb, name, description, run count and the links out: runs, roadmap as Markdown. */
export function ProjectHeader({ project, runCount }: { project: ProjectInfo; runCount: number }) {
  const id = encodeURIComponent(project.id);
  return (
    <header className="space-y-3">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/projects" className="hover:text-slate-800">Projects</Link>
        <span aria-hidden className="mx-2">/</span>
        <span aria-current="page" className="text-slate-700">{project.name}</span>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <h1 className="break-words text-2xl font-semibold tracking-tight text-slate-900">{project.name}</h1>
          <p className="text-sm text-slate-600">{runCount} {runCount === 1 ? 'run' : 'runs'}</p>
          {project.description && <p className="max-w-3xl whitespace-pre-wrap text-sm text-slate-700">{project.description}</p>}
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`/runs?project=${id}`} className="inline-flex items-center rounded-lg border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
            Runs
          </Link>
          <a href={`/api/projects/${id}/roadmap?format=md`} className="inline-flex items-center rounded-lg border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
            Roadmap as Markdown
          </a>
        </div>
      </div>
    </header>
  );
}
