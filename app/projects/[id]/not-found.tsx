import Link from 'next/link';

export default function ProjectNotFound() {
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">Project not found</h1>
      <p className="mt-2 text-sm text-slate-600">It may have been deleted, or the link is mistyped.</p>
      <Link
        href="/projects"
        className="mt-6 inline-flex rounded-lg bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        Back to projects
      </Link>
    </div>
  );
}
