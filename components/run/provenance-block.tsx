import type { RunMeta } from '@/lib/domain/locust/types';
import { provenanceRows } from '@/lib/view/run/provenance';

/** Where the run came from: commit, branch, environment, CI job, who sent it, Locust and locustfile (issue 18).
 *  Nothing when no one said any of it. */
export function ProvenanceBlock({ meta }: { meta: RunMeta }) {
  const rows = provenanceRows(meta);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="provenance-title" className="space-y-1.5">
      <h2 id="provenance-title" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        Provenance
      </h2>
      <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {rows.map((row) => (
          <div key={row.term} className="flex min-w-0 items-baseline gap-1.5">
            <dt className="text-slate-500">{row.term}</dt>
            <dd
              title={row.title}
              className={`min-w-0 break-all text-slate-800 ${row.mono ? 'font-mono text-[13px]' : ''}`}
            >
              {row.href ? (
                <a
                  href={row.href}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="hover:text-brand-800 text-brand-700 underline underline-offset-2"
                >
                  {row.text}
                </a>
              ) : (
                row.text
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
