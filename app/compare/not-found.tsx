import Link from 'next/link';
import { LINK_BUTTON } from '@/components/ui/button';

export default function CompareNotFound() {
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">A run in this comparison was not found</h1>
      <p className="mt-2 text-sm text-slate-600">
        One of the runs in the link has been deleted, or its id is mistyped. Pick the runs again from the list to build
        a new comparison.
      </p>
      <Link href="/runs" className={`mt-6 ${LINK_BUTTON.primary}`}>
        Back to runs
      </Link>
    </div>
  );
}
