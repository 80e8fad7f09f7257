import Link from 'next/link';
import { LINK_BUTTON } from '@/components/ui/button';

export default function ProjectNotFound() {
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">Project not found</h1>
      <p className="mt-2 text-sm text-slate-600">It may have been deleted, or the link is mistyped.</p>
      <Link href="/projects" className={`mt-6 ${LINK_BUTTON.primary}`}>
        Back to projects
      </Link>
    </div>
  );
}
