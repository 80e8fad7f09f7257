/** What went wrong with a roadmap change, announced to screen readers. */
export function RequestError({ error, className = '' }: { error: string | null; className?: string }) {
  if (!error) return null;
  return (
    <p role="alert" className={`rounded-lg bg-red-50 px-3 py-2 text-sm text-bad ${className}`}>
      {error}
    </p>
  );
}
