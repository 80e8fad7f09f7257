import { formatUsers } from '@/lib/domain/report/metric-format';
import type { RunInfo } from '@/lib/view/compare/model';
import { RunSwatch } from './run-swatch';

const ROLE = {
  baseline: 'bg-slate-200 text-slate-700',
  target: 'bg-brand-100 text-brand-700',
} as const;
const WRAP = 'break-words [overflow-wrap:anywhere]';
const SMALL = 'text-[11px] font-normal text-slate-500';

/** A run as a column header: colour, the full name (wrapped, never cut), users (unless the name says
 *  them), its build when known, baseline or target. */
export function RunHeaderCell({ run, className = '' }: { run: RunInfo; className?: string }) {
  const users = formatUsers(run.userCount);
  const showUsers = run.name !== users;
  const build = run.build ?? null;
  const title = `${run.name} · ${users}${build !== null ? ` · build ${build}` : ''}`;
  return (
    <th
      scope="col"
      className={`max-w-48 min-w-24 px-3 py-2 text-right align-bottom font-medium ${className}`}
      title={title}
      data-testid="run-header"
    >
      <span className="flex items-start justify-end gap-1.5">
        <RunSwatch color={run.color} />
        <span className={`min-w-0 text-slate-800 ${WRAP}`} data-testid="run-header-name">
          {run.name}
        </span>
      </span>
      {build !== null && (
        <span className={`mt-0.5 block tracking-normal normal-case ${SMALL} ${WRAP}`} data-testid="run-header-build">
          build {build}
        </span>
      )}
      <span className={`mt-0.5 flex flex-wrap items-center justify-end gap-1.5 whitespace-nowrap ${SMALL}`}>
        {showUsers && <span>{users}</span>}
        {run.role !== 'other' && (
          <span className={`rounded px-1 py-px font-semibold tracking-wide uppercase ${ROLE[run.role]}`}>
            {run.role}
          </span>
        )}
        {!showUsers && run.role === 'other' && <span>&nbsp;</span>}
      </span>
    </th>
  );
}
