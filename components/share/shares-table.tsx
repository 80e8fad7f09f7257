import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { ShareRecord } from '@/lib/domain/shapes/share';
import { sharedPageHref } from '@/lib/view/share/request';
import { agoText, expiryText, shareState, utcText, type ShareState } from '@/lib/view/share/state';
import { RevokeButton } from './revoke-button';

const STATE_TONE: Record<ShareState, 'ok' | 'neutral' | 'bad'> = { active: 'ok', expired: 'neutral', revoked: 'bad' };
const TH = 'border-b border-slate-200 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600';
const TD = 'border-b border-slate-100 px-3 py-2 align-top';

/** One row per link; times are worded on the server against `now` (ISO), so the page reads the same after hydration. */
export function SharesTable({ shares, now: nowIso }: { shares: ShareRecord[]; now: string }) {
  const now = new Date(nowIso);
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full border-separate border-spacing-0 text-sm" aria-label="Share links">
        <thead>
          <tr>
            <th scope="col" className={TH}>
              Shared
            </th>
            <th scope="col" className={TH}>
              By
            </th>
            <th scope="col" className={TH}>
              Created
            </th>
            <th scope="col" className={TH}>
              Expires
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Views
            </th>
            <th scope="col" className={TH}>
              State
            </th>
            <th scope="col" className={TH}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shares.map((s) => {
            const state = shareState(s, now);
            const href = sharedPageHref(s);
            return (
              <tr
                key={s.id}
                data-share={s.id}
                data-state={state}
                className={state === 'active' ? '' : 'text-slate-500'}
              >
                <td className={TD}>
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone="brand">{s.kind}</Badge>
                    {href ? (
                      <Link href={href} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                        {s.title}
                      </Link>
                    ) : (
                      <span className="font-medium text-slate-900">{s.title}</span>
                    )}
                  </div>
                </td>
                <td className={`${TD} text-slate-700`}>{s.createdBy}</td>
                <td className={`${TD} whitespace-nowrap`} title={utcText(s.createdAt)}>
                  {agoText(s.createdAt, now)}
                </td>
                <td className={`${TD} whitespace-nowrap`} title={s.expiresAt ? utcText(s.expiresAt) : undefined}>
                  {expiryText(s.expiresAt, now)}
                </td>
                <td className={`${TD} num text-right whitespace-nowrap`}>
                  <span className="block text-slate-900">{s.viewCount.toLocaleString('en-US')}</span>
                  {s.lastViewedAt && (
                    <span className="block text-xs text-slate-500" title={utcText(s.lastViewedAt)}>
                      last {agoText(s.lastViewedAt, now)}
                    </span>
                  )}
                </td>
                <td className={TD}>
                  <Badge tone={STATE_TONE[state]}>{state}</Badge>
                  {s.revokedAt && (
                    <span className="block text-xs text-slate-500" title={utcText(s.revokedAt)}>
                      {agoText(s.revokedAt, now)}
                    </span>
                  )}
                </td>
                <td className={`${TD} text-right`}>
                  {state === 'active' && <RevokeButton id={s.id} title={s.title} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
