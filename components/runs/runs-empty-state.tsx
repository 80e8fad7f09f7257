import Link from 'next/link';
import { LINK_BUTTON } from '@/components/ui/button';
import { CopyCommand } from './copy-command';
import { LoadExamplesButton } from './load-examples-button';

const COMMAND =
  'locust -f locustfile.py --headless -u 100 -r 10 -t 5m --csv run_100u --csv-full-history --html run_100u.html';

const FILES = [
  { name: 'run_100u_stats.csv', what: 'requests, failures and response-time percentiles per endpoint' },
  { name: 'run_100u_stats_history.csv', what: 'the same figures over time (every endpoint, with --csv-full-history)' },
  { name: 'run_100u_failures.csv', what: 'each distinct error and how often it happened' },
  { name: 'run_100u_exceptions.csv', what: 'exceptions raised in your locustfile' },
  { name: 'run_100u.html', what: 'the HTML report with its charts' },
];

/** Shown when nothing is stored yet: what Swarmlens does, what to give it, and how to produce it. */
export function RunsEmptyState() {
  return (
    <section
      aria-labelledby="empty-title"
      className="mx-auto max-w-4xl rounded-2xl border border-slate-200 bg-white p-8 shadow-sm sm:p-10"
    >
      <p className="text-sm font-semibold text-brand-600">No runs yet</p>
      <h1 id="empty-title" className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
        Turn Locust results into answers for your review
      </h1>
      <p className="mt-3 text-slate-600">
        Swarmlens stores your Locust load-test runs and compares them: what got worse between runs at 50, 100 or 150
        users, on which endpoints, by how much, whether the change is real, where throughput stops growing, and whether
        the system is ready to ship.
      </p>

      <h2 className="mt-8 text-sm font-semibold text-slate-900">1. Run Locust with CSV and HTML output</h2>
      <CopyCommand command={COMMAND} />
      <p className="mt-3 text-sm text-slate-600">It writes these files next to your locustfile:</p>
      <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 text-sm">
        {FILES.map((f) => (
          <li key={f.name} className="flex flex-col gap-0.5 px-4 py-2 sm:flex-row sm:items-baseline sm:gap-4">
            <code className="shrink-0 font-mono text-[13px] text-slate-900 sm:w-56">{f.name}</code>
            <span className="text-slate-600">{f.what}</span>
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-sm font-semibold text-slate-900">2. Upload them</h2>
      <p className="mt-1 text-sm text-slate-600">
        Drop all of a run&apos;s files at once, or a <code className="font-mono text-[13px]">.zip</code> of them, or
        several runs together. Any Locust version from 0.12 to 2.46 works; files are recognized by their content, not
        their names. Repeat at other user counts (<code className="font-mono text-[13px]">-u 50</code>,{' '}
        <code className="font-mono text-[13px]">-u 150</code>) to see how the system scales.
      </p>

      <div className="mt-8 flex flex-wrap items-start gap-3 border-t border-slate-100 pt-6">
        <Link href="/upload" className={LINK_BUTTON.primary}>
          Upload runs
        </Link>
        <LoadExamplesButton />
        <p className="basis-full text-sm text-slate-500">
          The examples are two runs of a demo app at 20 and 40 users whose database pool was cut to two connections,
          with criteria sets and a roadmap; loading them opens their comparison.
        </p>
      </div>
    </section>
  );
}
