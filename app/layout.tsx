import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { OpenInstanceBanner } from '@/components/auth/open-instance-banner';
import { AccountMenu } from '@/components/auth/account-menu';
import { SignedInProvider } from '@/components/auth/signed-in-context';
import { parseThemeChoice, THEME_COOKIE, themeAttribute } from '@/components/theme-toggle/theme-choice';
import { ThemeToggle } from '@/components/theme-toggle/theme-toggle';
import { callerIdentity } from '@/lib/server/http/caller';
import { authEnabled } from '@/lib/server/services/auth-service';
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
  const caller = on ? callerIdentity(requestHeaders) : null;
  const theme = parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
  const link = 'text-sm text-slate-600 hover:text-slate-900';
  return (
    <html lang="en" data-theme={themeAttribute(theme)}>
      <body className="min-h-screen font-sans">
        <a
          href="#content"
          className={[
            'sr-only focus:not-sr-only focus:absolute focus:top-3 focus:left-4 focus:z-50',
            'focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium',
            'focus:text-brand-700 focus:shadow-lg focus:ring-2 focus:ring-brand-500',
          ].join(' ')}
        >
          Skip to content
        </a>
        <header data-app-chrome className="border-b border-slate-200 bg-white">
          {/* Phones: the name and the theme toggle, then the links (they wrap); wider: one row. */}
          <nav
            aria-label="Main"
            className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3 sm:gap-x-6 sm:px-6"
          >
            <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
              <span
                aria-hidden
                className="inline-block h-6 w-6 rounded-md bg-gradient-to-br from-brand-500 to-emerald-500"
              />
              Swarmlens
            </Link>
            <ThemeToggle initial={theme} className="ml-auto sm:order-last sm:ml-0" />
            <span aria-hidden className="-mt-2 basis-full sm:hidden" />
            {/* Visitors of a share link (access control on, no session) get no links they cannot open. */}
            {(!on || caller) && (
              <>
                <Link href="/projects" className={link}>
                  Projects
                </Link>
                <Link href="/runs" className={link}>
                  Runs
                </Link>
                <Link href="/upload" className={link}>
                  Upload
                </Link>
                <Link href="/shares" className={link}>
                  Shares
                </Link>
              </>
            )}
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm sm:ml-auto">
              {!on && (
                <Link href="/settings/tokens" className="text-slate-600 hover:text-slate-900">
                  API tokens
                </Link>
              )}
              {/* Signed in, the account menu has it (admins only); an open instance lets anyone see it. */}
              {!on && (
                <Link href="/settings/audit" className="text-slate-600 hover:text-slate-900">
                  Audit log
                </Link>
              )}
              {caller && (
                <AccountMenu
                  name={caller.name}
                  role={caller.role}
                  secret={caller.via === 'session' && caller.userId === null}
                />
              )}
              {on && !caller && (
                <Link href="/sign-in" className="font-medium text-brand-600 hover:text-brand-700">
                  Sign in
                </Link>
              )}
            </div>
          </nav>
        </header>
        {!on && <OpenInstanceBanner />}
        <main id="content" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 focus:outline-none sm:px-6">
          <SignedInProvider name={caller?.name ?? null}>{children}</SignedInProvider>
        </main>
      </body>
    </html>
  );
}
