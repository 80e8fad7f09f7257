import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AuditTable } from '@/components/audit/audit-table';
import { LINK_BUTTON } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { AUDIT_ACTION_NAMES } from '@/lib/server/http/audit-actions';
import { auditFilterSchema } from '@/lib/server/schemas/audit';
import { auditAccounts, auditPage, auditSummary } from '@/lib/server/services/audit-service';
import { auditQuery, auditSummaryParts, type AuditFilterValues } from '@/lib/view/audit/audit-view';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const ACTIONS = [...AUDIT_ACTION_NAMES].sort();

/** /settings/audit?action=&user=: who did what and when, newest first (admins only: lib/server/auth/access.ts). */
export default async function AuditPage({ searchParams }: Props) {
  await connection();
  const sp = await searchParams;
  const parsed = auditFilterSchema.safeParse({ user: first(sp.user), action: first(sp.action) });
  const filter: AuditFilterValues = parsed.success ? parsed.data : { user: null, action: null };
  const [page, counts, accounts] = await Promise.all([
    auditPage({ userId: filter.user, action: filter.action }, null, 100),
    auditSummary(),
    auditAccounts(),
  ]);
  const summary = auditSummaryParts(counts);
  const refusedHref = `/settings/audit${auditQuery({ user: null, action: 'sign-in.refused' })}`;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Audit log</h1>
        <p className="text-lg text-slate-800" data-audit-summary>
          {summary.events};{' '}
          {counts.refusedSignInsLastDay > 0 ? (
            <Link href={refusedHref} className="font-medium text-warn underline-offset-2 hover:underline">
              {summary.refused}
            </Link>
          ) : (
            summary.refused
          )}
          .
        </p>
        <p className="max-w-3xl text-sm text-slate-600">
          Who did what and when: uploads, edits and deletes, criteria, roadmap and sign-off changes, share links, API
          tokens, accounts, sign-ins and sign-outs, each with its outcome (a refusal is kept too). Kept in the database;
          only admins see it.
        </p>
      </header>
      <Card
        title="Events, newest first"
        actions={
          <a href={`/api/audit.csv${auditQuery(filter)}`} download className={`${LINK_BUTTON.secondary} px-2.5 py-1`}>
            Download CSV
          </a>
        }
      >
        <div className="space-y-4">
          <AuditFilters filter={filter} actions={ACTIONS} accounts={accounts} />
          <AuditTable key={auditQuery(filter)} filter={filter} initial={page.events} next={page.next} />
        </div>
      </Card>
    </div>
  );
}
