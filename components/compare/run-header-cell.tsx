import { formatUsers } from '@/lib/compare-view/format';
import type { RunInfo } from '@/lib/compare-view/model';
import { RunSwatch } from './run-swatch';

/** A run as a column header: colour, name, users (unless the name says it), baseline or target. */
export function RunHeaderCell({ run, className = '' }: { run: RunInfo; className?: string }) {
  const users = formatUsers(run.userCount);
  const showUsers = run.name !== users;
  return (
    <th scope="col" className={`whitespace-nowrap px-3 py-2 text-right align-bottom font-medium ${className}`} title={`${run.name} · ${users}`}>
      <span className="flex items-center justify-end gap-1.5">
        <RunSwatch color={run.color} />
        <span className="max-w-40 truncate text-slate-800">{run.name}</span>
      </span>
      <span className="mt-0.5 flex items-center justify-end gap-1.5 text-[11px] font-normal text-slate-500">
        {showUsers && <span>{users}</span>}
        {run.role !== 'other' && <span className={`rounded px-1 py-px font-semibold uppercase tracking-wide ${run.role === 'baseline' ? 'bg-slate-200 text-slate-700' : 'bg-brand-100 text-brand-700'}`}>{run.role}</span>}
        {!showUsers && run.role === 'other' && <span>&nbsp;</span>}
      </span>
    </th>
  );
}
