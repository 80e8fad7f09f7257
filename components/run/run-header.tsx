import { Breadcrumb } from '@/components/ui/breadcrumb';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { LINK_BUTTON } from '@/components/ui/button';
import type { RunSummary } from '@/lib/domain/shapes/stored-run';
import { formatDuration } from '@/lib/domain/format/format';
import type { RunMeta } from '@/lib/domain/locust/types';
import { PrintButton } from '@/components/present/page-controls';
import { RunActions } from './run-actions';
import { formatUtc } from '@/lib/domain/format/cells';
import { RunWarnings } from './run-warnings';
import { ProvenanceBlock } from './provenance-block';

interface Props {
  summary: RunSummary;
  meta: RunMeta;
  notes: string | null;
  warnings: string[];
  fileCount: number;
  /** Shared link: no breadcrumb to /runs, no Edit / Delete / Share. */
  readOnly?: boolean;
  /** The verdict banner, right under the title (before the run's details, notes and warnings). */
  verdict?: ReactNode;
}

export function RunHeader({ summary, meta, notes, warnings, fileCount, readOnly = false, verdict }: Props) {
  return (
    <header className="space-y-4">
      {!readOnly && <Breadcrumb trail={[{ href: '/runs', label: 'Runs' }]} current={summary.label} />}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-2">
          <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">{summary.label}</h1>
          <div className="flex flex-wrap items-center gap-1.5">
            <span className="mr-1 text-sm text-slate-500">Project</span>
            <Badge tone="brand">{summary.projectName}</Badge>
            {summary.tags.length > 0 && <span className="mr-1 ml-3 text-sm text-slate-500">Tags</span>}
            {summary.tags.map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
          </div>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          <PrintButton />
          {!readOnly && (
            <a
              href={`/api/runs/${encodeURIComponent(summary.id)}?format=csv`}
              download
              className={LINK_BUTTON.secondary}
              title="The endpoint statistics as CSV (GET /api/runs/:id?format=csv; formulas neutralised)"
            >
              Download CSV
            </a>
          )}
          {!readOnly && (
            <RunActions
              runId={summary.id}
              label={summary.label}
              tags={summary.tags}
              notes={notes}
              userCount={summary.userCount}
              spawnRate={summary.spawnRate}
              build={summary.build}
              origin={{ commit: meta.commit ?? '', branch: meta.branch ?? '', environment: meta.environment ?? '' }}
              fileCount={fileCount}
            />
          )}
        </div>
      </div>
      {verdict}
      <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <MetaItem term="Build" mono>
          {summary.build}
        </MetaItem>
        <MetaItem term="Started">{meta.startTime ? formatUtc(meta.startTime) : null}</MetaItem>
        <MetaItem term="Duration">{meta.durationS !== null ? formatDuration(meta.durationS) : null}</MetaItem>
        <MetaItem term="Spawn rate">{meta.spawnRate !== null ? `${meta.spawnRate} users/s` : null}</MetaItem>
        <MetaItem term="Host" mono>
          {meta.host}
        </MetaItem>
      </dl>
      <ProvenanceBlock meta={meta} />
      {notes && (
        <p className="max-w-4xl border-l-2 border-slate-300 pl-3 text-sm whitespace-pre-wrap text-slate-700">{notes}</p>
      )}
      {warnings.length > 0 && <RunWarnings warnings={warnings} />}
    </header>
  );
}

function MetaItem({ term, mono, children }: { term: string; mono?: boolean; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="flex min-w-0 items-baseline gap-1.5">
      <dt className="text-slate-500">{term}</dt>
      <dd className={`min-w-0 break-all text-slate-800 ${mono ? 'font-mono text-[13px]' : ''}`}>{children}</dd>
    </div>
  );
}
