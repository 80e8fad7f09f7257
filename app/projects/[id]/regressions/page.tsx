import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { HistorySettingsForm } from '@/components/history/history-settings-form';
import { RegressionsList } from '@/components/history/regressions-inbox';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card } from '@/components/ui/card';
import { segmentOption } from '@/components/ui/form-styles';
import type { ChangePointStatus } from '@/lib/domain/history/metric-change';
import { AppError } from '@/lib/server/services/errors';
import { inboxData } from '@/lib/server/services/change-point-service';
import { inboxView } from '@/lib/view/history/inbox';
import { decodeSegment } from '../segment';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ status?: string | string[] }> };

const load = cache(async (id: string) => {
  try {
    return await inboxData(decodeSegment(id));
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  return { title: `Regressions · ${(await load((await params).id)).project.name}` };
}

const TONE = { bad: 'text-bad', ok: 'text-ok', neutral: 'text-slate-700' } as const;
const SHOWN = ['open', 'acknowledged', 'dismissed', 'all'] as const;
type Shown = (typeof SHOWN)[number];

/** /projects/ID/regressions[?status=open|acknowledged|dismissed|all]: the answer (open regressions), the
 *  change points of that status (default open) to decide, and the history settings. */
export default async function RegressionsPage({ params, searchParams }: Props) {
  await connection();
  const data = await load((await params).id);
  const asked = (await searchParams).status;
  const shown: Shown = SHOWN.find((s) => s === asked) ?? 'open';
  const view = inboxView(data.points, data.project.id, data.labels);
  const items = shown === 'all' ? view.items : view.items.filter((i) => i.status === (shown as ChangePointStatus));
  const base = `/projects/${encodeURIComponent(data.project.id)}`;
  const count = (s: Shown) => (s === 'all' ? view.items.length : view.items.filter((i) => i.status === s).length);
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <Breadcrumb
          trail={[
            { href: '/projects', label: 'Projects' },
            { href: base, label: data.project.name },
          ]}
          current="Regressions"
        />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Regressions</h1>
        <p className={`text-base font-medium break-words ${TONE[view.tone]}`} data-testid="inbox-headline">
          {view.headline}
        </p>
        {data.pending > 0 && (
          <p className="text-sm text-slate-600" data-testid="inbox-pending">
            New runs are being analysed: refresh in a moment.
          </p>
        )}
      </header>
      <nav aria-label="Status" className="inline-flex flex-wrap rounded-lg bg-slate-100 p-1 text-sm">
        {SHOWN.map((s) => (
          <Link
            key={s}
            href={`${base}/regressions?status=${s}`}
            aria-current={s === shown ? 'page' : undefined}
            className={`rounded-md px-3 py-1 ${segmentOption(s === shown)}`}
          >
            {s === 'all' ? 'All' : s[0]!.toUpperCase() + s.slice(1)} ({count(s)})
          </Link>
        ))}
      </nav>
      {items.length > 0 ? (
        <RegressionsList items={items} editable />
      ) : (
        <p className="text-sm text-slate-600">
          {view.items.length === 0
            ? 'No change point found in this history yet: a change shows once three runs on each side agree.'
            : shown === 'open'
              ? 'Nothing to decide: every change point found so far has been acknowledged or dismissed.'
              : `No ${shown === 'all' ? '' : `${shown} `}change point.`}
        </p>
      )}
      <Card title="How the history is searched">
        <HistorySettingsForm projectId={data.project.id} settings={data.settings} />
      </Card>
    </div>
  );
}
