// The audit page's filters: a plain GET form (works without JavaScript), its choices kept in the URL.
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { COMPACT_FIELD, SMALL_LABEL } from '@/components/ui/form-styles';
import type { AuditFilterValues } from '@/lib/view/audit/audit-view';

export interface AuditAccount {
  id: string;
  name: string;
  email: string;
}

export function AuditFilters({
  filter,
  actions,
  accounts,
}: {
  filter: AuditFilterValues;
  actions: readonly string[];
  accounts: AuditAccount[];
}) {
  return (
    <form method="get" action="/settings/audit" className="flex flex-wrap items-end gap-3">
      <div className="min-w-0">
        <label htmlFor="audit-action" className={SMALL_LABEL}>
          Action
        </label>
        <select
          id="audit-action"
          name="action"
          defaultValue={filter.action ?? ''}
          className={`${COMPACT_FIELD} max-w-full bg-white`}
        >
          <option value="">All actions</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0">
        <label htmlFor="audit-user" className={SMALL_LABEL}>
          Account
        </label>
        <select
          id="audit-user"
          name="user"
          defaultValue={filter.user ?? ''}
          className={`${COMPACT_FIELD} max-w-full bg-white`}
        >
          <option value="">All accounts</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.email})
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" className="px-3 py-1.5">
        Filter
      </Button>
      {(filter.action !== null || filter.user !== null) && (
        <Link href="/settings/audit" className="py-1.5 text-sm text-brand-600 hover:text-brand-700">
          Clear filters
        </Link>
      )}
    </form>
  );
}
