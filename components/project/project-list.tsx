import Link from 'next/link';

export interface ProjectListItem {
  id: string;
  name: string;
  runCount: number;
}

/** Every project with its run count; each opens its page (verdicts, criteria sets, roadmap). */
export function ProjectList({ projects }: { projects: ProjectListItem[] }) {
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
      {projects.map((p) => (
        <li key={p.id}>
          <Link
            href={`/projects/${encodeURIComponent(p.id)}`}
            className="flex items-center justify-between gap-4 px-5 py-3 hover:bg-slate-50"
          >
            <span className="min-w-0 font-medium break-words text-slate-900">{p.name}</span>
            <span className="num shrink-0 text-sm text-slate-500">
              {p.runCount} {p.runCount === 1 ? 'run' : 'runs'}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
