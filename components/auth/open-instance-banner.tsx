/** Shown on every page while SWARMLENS_ADMIN_SECRET is unset; hidden when printing (data-app-chrome). */
export function OpenInstanceBanner() {
  return (
    <aside data-app-chrome aria-label="Access control" className="border-b border-amber-200 bg-amber-50/70">
      <p className="mx-auto max-w-7xl px-4 py-2 text-sm text-amber-900 sm:px-6">
        This instance is open: anyone who can reach it can upload, change and delete runs. Set{' '}
        <code className="rounded bg-amber-100 px-1 font-mono text-xs">SWARMLENS_ADMIN_SECRET</code> to require sign-in.
      </p>
    </aside>
  );
}
