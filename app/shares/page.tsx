import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SharesTable } from '@/components/share/shares-table';
import { shareLinks } from '@/lib/server/services/share-service';
import { sortShares } from '@/lib/view/share/state';

export const metadata: Metadata = { title: 'Share links' };

/** /shares: every share link, active ones first, with its views and a Revoke button. */
export default async function SharesPage() {
  await connection();
  const now = new Date();
  const shares = sortShares(await shareLinks(), now);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Share links</h1>
        <p className="text-sm text-slate-600">
          Read-only links to a run, a comparison or a project that open without signing in. Create one with{' '}
          <span className="font-medium">Share</span> on the page you want to show.
        </p>
      </header>
      {shares.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-4 text-sm text-slate-600">
          No share links yet: use <span className="font-medium">Share</span> on a run, comparison or project page.
        </p>
      ) : (
        <SharesTable shares={shares} now={now.toISOString()} />
      )}
      <p className="text-xs text-slate-500">
        A link is shown once, when it is created: Swarmlens keeps only a hash of it, so it cannot show the link again.
        If one is lost, revoke it and create a new one.
      </p>
    </div>
  );
}
