/** One page for every link that opens nothing: unknown, expired or revoked alike (no hint which). */
export default function ShareNotFound() {
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">This link does not work</h1>
      <p className="mt-2 text-sm text-slate-600">
        The share link is mistyped, has expired, or was revoked. Ask the person who sent it for a new one.
      </p>
    </div>
  );
}
