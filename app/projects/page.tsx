import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ProjectList } from '@/components/project/project-list';
import { listFilters } from '@/lib/server/services/runs-service';

export const metadata: Metadata = { title: 'Projects' };

export default async function ProjectsPage() {
  await connection();
  const { projects } = await listFilters();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Projects</h1>
        <p className="mt-1 text-sm text-slate-600">
          Each project judges its runs against its success criteria (GO / CONDITIONAL / NO-GO) and keeps a roadmap of
          fixes to verify.
        </p>
      </header>
      {projects.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-4 text-sm text-slate-600">
          No projects yet: a project is created when you{' '}
          <Link href="/upload" className="text-brand-700 hover:underline">
            upload runs
          </Link>{' '}
          into it.
        </p>
      ) : (
        <ProjectList projects={projects} />
      )}
    </div>
  );
}
