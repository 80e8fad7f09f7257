// The audit events themselves: a table from 640 px up, a list of short blocks on phones (a seven-column
// table does not fit 390 px). Only one of the two is displayed; the other is display:none (and so out of
// the accessibility tree).
import { Badge } from '@/components/ui/badge';
import { formatUtc } from '@/lib/domain/format/cells';
import type { AuditEventInfo } from '@/lib/domain/shapes/auth';
import { statusTone, viaText } from '@/lib/view/audit/audit-view';

const TH = 'px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500';
const TD = 'px-3 py-2 align-top';
const COLUMNS = ['When', 'Who', 'Action', 'Target', 'Status', 'From', 'Detail'];

/** The actor, and under it (`inline`: after it) how it proved who it was. */
function Who({ e, inline = false }: { e: AuditEventInfo; inline?: boolean }) {
  const via = viaText(e.via, e.actor);
  return (
    <>
      <span className="font-medium text-slate-800">{e.actor}</span>
      {via && <span className={`text-xs text-slate-500 ${inline ? '' : 'block'}`}>{inline ? ` · ${via}` : via}</span>}
    </>
  );
}

export function AuditRows({ events }: { events: AuditEventInfo[] }) {
  return (
    <>
      <div className="hidden overflow-x-auto sm:block">
        <table className="w-full text-sm" aria-label="Audit events, newest first">
          <thead className="border-b border-slate-200">
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className={TH}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {events.map((e) => (
              <tr key={e.id} data-audit-action={e.action} className="text-slate-800">
                <td className={`${TD} num whitespace-nowrap text-slate-600`}>{formatUtc(e.at)}</td>
                <td className={`${TD} min-w-48`}>
                  <Who e={e} />
                </td>
                <td className={`${TD} font-mono text-xs leading-5 whitespace-nowrap`}>{e.action}</td>
                <td className={`${TD} max-w-72 min-w-64 font-mono text-xs leading-5 break-all`}>{e.target ?? '—'}</td>
                <td className={TD}>
                  <Badge tone={statusTone(e.status)}>{e.status}</Badge>
                </td>
                <td className={`${TD} num whitespace-nowrap text-slate-600`}>{e.address}</td>
                <td className={`${TD} max-w-80 min-w-48 break-words text-slate-600`}>{e.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol
        className="divide-y divide-slate-100 border-y border-slate-100 sm:hidden"
        aria-label="Audit events, newest first"
      >
        {events.map((e) => (
          <li key={e.id} data-audit-event={e.action} className="space-y-1 py-3 text-sm">
            <div className="num text-xs text-slate-500">{formatUtc(e.at)}</div>
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-mono text-xs font-medium text-slate-800">{e.action}</span>
              <Badge tone={statusTone(e.status)}>{e.status}</Badge>
            </div>
            <div>
              <Who e={e} inline />
            </div>
            {e.target && <div className="font-mono text-xs break-all text-slate-600">{e.target}</div>}
            <div className="text-xs text-slate-500">
              from <span className="num">{e.address}</span>
              {e.detail && <span className="block break-words text-slate-600">{e.detail}</span>}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
