import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Swarmlens', template: '%s · Swarmlens' },
  description: 'Understand Locust load-test results: what got worse, where, by how much, and whether to ship.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <header className="border-b border-slate-200 bg-white">
          <nav className="mx-auto flex max-w-7xl items-center gap-6 px-6 py-3">
            <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
              <span aria-hidden className="inline-block h-6 w-6 rounded-md bg-gradient-to-br from-brand-500 to-emerald-500" />
              Swarmlens
            </Link>
            <Link href="/projects" className="text-sm text-slate-600 hover:text-slate-900">Projects</Link>
            <Link href="/runs" className="text-sm text-slate-600 hover:text-slate-900">Runs</Link>
            <Link href="/upload" className="text-sm text-slate-600 hover:text-slate-900">Upload</Link>
          </nav>
        </header>
        <main className="mx-auto max-w-7xl px-6 py-8">{children}</main>
      </body>
    </html>
  );
}
