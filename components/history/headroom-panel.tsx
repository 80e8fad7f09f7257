// Headroom per criterion of each criteria set (issue 19): how far the history's newest run is from each limit
// (comfortable, adequate, thin, breached), the trend's slope with its 95% range, and when it would cross the
// limit — or that the series is too volatile to say, or why there is no headroom.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { headroomRow, type HeadroomInput } from '@/lib/view/history/headroom-words';

export interface HeadroomSet {
  id: string;
  name: string;
  users: number | null;
  criteria: HeadroomInput[];
}

const BADGE_TONE = { ok: 'ok', neutral: 'brand', warn: 'warn', bad: 'bad' } as const;

export function HeadroomPanel({ projectId, sets }: { projectId: string; sets: HeadroomSet[] }) {
  return (
    <Card title="Headroom">
      {sets.length === 0 ? (
        <p className="text-sm text-slate-600">
          No criteria sets yet: add one on the{' '}
          <Link
            href={`/projects/${encodeURIComponent(projectId)}`}
            className="font-medium text-brand-700 underline underline-offset-2"
          >
            project page
          </Link>{' '}
          to see how far the runs are from its limits.
        </p>
      ) : (
        <div className="space-y-6">
          <p className="text-sm text-slate-600">
            The newest run of the history (the history branch, the set&apos;s user count, the current era) against each
            limit; the trend is a straight line through that era&apos;s runs.
          </p>
          {sets.map((set) => (
            <section key={set.id} aria-label={`Headroom of ${set.name}`} className="space-y-2">
              <h3 className="text-sm font-semibold text-slate-800">
                {set.name}
                <span className="ml-2 font-normal text-slate-500">
                  {set.users === null
                    ? 'runs without a user count'
                    : `runs at ${set.users.toLocaleString('en-US')} users`}
                </span>
              </h3>
              <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
                {set.criteria.map((input) => {
                  const row = headroomRow(input);
                  return (
                    <li
                      key={row.id}
                      className="grid gap-x-4 gap-y-1 px-3 py-2 text-sm md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]"
                    >
                      <div className="min-w-0 space-y-0.5">
                        <div className="font-medium break-words text-slate-800">{row.criterion}</div>
                        <div className="flex flex-wrap items-center gap-2">
                          {row.cls && <Badge tone={BADGE_TONE[row.tone]}>{row.cls}</Badge>}
                          {row.figure && <span className="num text-slate-700">{row.figure}</span>}
                        </div>
                      </div>
                      <div className="min-w-0 space-y-0.5 text-slate-600">
                        {row.slope && <div className="num">Trend {row.slope}</div>}
                        <div className={row.cls === 'breached' ? 'font-medium text-bad' : ''}>{row.outlook}</div>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}
