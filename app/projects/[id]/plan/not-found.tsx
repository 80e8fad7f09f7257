import Link from 'next/link';
import { LINK_BUTTON } from '@/components/ui/button';

/** A run of the comparison (or its project) is unknown. */
export default function PlanNotFound() {
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">Run not found</h1>
      <p className="mt-2 text-sm text-slate-600">
        A run of this comparison may have been deleted, or the link is mistyped.
      </p>
      <Link href="/runs" className={`mt-6 ${LINK_BUTTON.primary}`}>
        Back to runs
      </Link>
    </div>
  );
}
