import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { OpenInstanceBanner } from '@/components/auth/open-instance-banner';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { callerFrom } from '@/lib/http/caller';
import { authEnabled } from '@/lib/services/auth-service';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Swarmlens', template: '%s · Swarmlens' },
  description: 'Understand Locust load-test results: what got worse, where, by how much, and whether to ship.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Read per request, never at build time: the secret is set (or not) where the server runs.
  const requestHeaders = await headers();
  const on = authEnabled();
  // With access control on, proxy.ts sets the header only for a valid session (or API token).
  const caller = on ? callerFrom(requestHeaders) : null;
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <header data-app-chrome className="border-b border-slate-200 bg-white">
          <nav className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-6 py-3">
            <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
              <span aria-hidden className="inline-block h-6 w-6 rounded-md bg-gradient-to-br from-brand-500 to-emerald-500" />
              Swarmlens
            </Link>
            {/* Visitors of a share link (access control on, no session) get no links they cannot open. */}
            {(!on || caller) && (
              <>
                <Link href="/projects" className="text-sm text-slate-600 hover:text-slate-900">Projects</Link>
                <Link href="/runs" className="text-sm text-slate-600 hover:text-slate-900">Runs</Link>
                <Link href="/upload" className="text-sm text-slate-600 hover:text-slate-900">Upload</Link>
                <Link href="/shares" className="text-sm text-slate-600 hover:text-slate-900">Shares</Link>
              </>
            )}
            <div className="ml-auto flex items-center gap-4 text-sm">
              {(!on || caller) && <Link href="/settings/tokens" className="text-slate-600 hover:text-slate-900">API tokens</Link>}
              {on && caller && (
                <span className="flex items-center gap-2 border-l border-slate-200 pl-4">
                  <span className="text-slate-500">Signed in as <span className="font-medium text-slate-800">{caller}</span></span>
                  <SignOutButton />
                </span>
              )}
              {on && !caller && <Link href="/sign-in" className="font-medium text-brand-600 hover:text-brand-700">Sign in</Link>}
            </div>
          </nav>
        </header>
        {!on && <OpenInstanceBanner />}
        <main className="mx-auto max-w-7xl px-6 py-8">{children}</main>
      </body>
    </html>
  );
}
