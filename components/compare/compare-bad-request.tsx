import Link from 'next/link';
import { LINK_BUTTON } from '@/components/ui/button';
import { compareHref } from '@/lib/view/compare/query';

/** A comparison the URL cannot describe (fewer than two runs, a run twice, a baseline or target not among them). */
export function CompareBadRequest({
  message,
  ids,
  baseline,
  target,
  steps = false,
}: {
  message: string;
  ids: string[];
  baseline?: string;
  target?: string;
  steps?: boolean;
}) {
  if (steps) return <StepsBadRequest message={message} ids={ids} />;
  // Often fixable: a run named twice, or a baseline or target that is not among the runs.
  const unique = [...new Set(ids)];
  const retry =
    unique.length >= 2 && (unique.length !== ids.length || baseline !== undefined || target !== undefined)
      ? compareHref(unique)
      : null;
  return (
    <div className="mx-auto max-w-xl rounded-xl border border-slate-200 bg-white px-6 py-8 shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">This comparison cannot be shown</h1>
      <p className="mt-2 text-sm text-slate-700" role="alert">
        The link asks for something Swarmlens cannot compare: <span className="font-medium">{message}</span>.
      </p>
      <div className="mt-4 space-y-2 text-sm text-slate-600">
        <p>
          A comparison link names two or more different runs, and optionally which of them is the baseline and which the
          target (another run) judged against it:
        </p>
        <p>
          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800">
            /compare?runs=RUN_ID,RUN_ID[,RUN_ID…]&amp;baseline=RUN_ID&amp;target=RUN_ID
          </code>
        </p>
        {ids.length > 0 && (
          <p>
            This link names {ids.length === 1 ? 'one run' : `${ids.length} runs`}:{' '}
            <span className="font-mono text-xs">{ids.join(', ')}</span>.
          </p>
        )}
        <p>The easiest way: tick two or more runs in the list and press “Compare selected”.</p>
      </div>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        {retry && (
          <Link href={retry} className={LINK_BUTTON.secondary}>
            Compare these {unique.length} runs, the first as baseline
          </Link>
        )}
        <Link href="/runs" className={LINK_BUTTON.primary}>
          Choose runs to compare
        </Link>
      </div>
    </div>
  );
}

/** `?steps=1` on a run that is not stepped, or on more than one run. */
function StepsBadRequest({ message, ids }: { message: string; ids: string[] }) {
  const one = ids.length === 1 ? ids[0] : undefined;
  return (
    <div className="mx-auto max-w-xl rounded-xl border border-slate-200 bg-white px-6 py-8 shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">These load steps cannot be shown</h1>
      <p className="mt-2 text-sm text-slate-700" role="alert">
        <span className="font-medium">{message.charAt(0).toUpperCase() + message.slice(1)}</span>.
      </p>
      <div className="mt-4 space-y-2 text-sm text-slate-600">
        <p>
          A steps link names one run whose time series holds at least two plateaus of users (each 30 s or longer), e.g.
          a test ramped 50 → 100 → 150 users:
        </p>
        <p>
          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800">
            /compare?runs=RUN_ID&amp;steps=1
          </code>
        </p>
      </div>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        {one && (
          <Link href={`/runs/${encodeURIComponent(one)}`} className={LINK_BUTTON.secondary}>
            Open the run
          </Link>
        )}
        <Link href="/runs" className={LINK_BUTTON.primary}>
          Back to runs
        </Link>
      </div>
    </div>
  );
}
