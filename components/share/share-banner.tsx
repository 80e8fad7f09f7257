/** The slim strip above a shared view: what it is, who shared it, until when. */
export function ShareBanner({ text }: { text: string }) {
  return (
    <p role="note" className="-mt-2 flex items-center gap-2 rounded-lg border border-brand-500/30 bg-brand-50 px-4 py-2 text-sm text-brand-700">
      <svg aria-hidden width={16} height={16} viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth={1.6} className="shrink-0">
        <path d="M1.5 10S4.5 4 10 4s8.5 6 8.5 6-3 6-8.5 6-8.5-6-8.5-6z" />
        <circle cx="10" cy="10" r="2.5" />
      </svg>
      <span className="min-w-0 break-words">{text}</span>
    </p>
  );
}
