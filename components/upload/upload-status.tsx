import { formatBytes } from '@/lib/domain/format/format';
import { asSentence } from '@/lib/view/upload/preview-describe';
import type { UploadErrorView } from '@/lib/view/upload/upload-result';

/** A real upload progress bar (bytes sent, from XMLHttpRequest), then the server's processing. */
export function UploadProgress({ loaded, total }: { loaded: number; total: number }) {
  const pct = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
  const sent = total > 0 && loaded >= total;
  return (
    <div className="space-y-1.5">
      <div className="flex justify-between text-sm">
        <span className="font-medium text-slate-800">{sent ? 'Reading and storing the runs…' : 'Uploading…'}</span>
        <span className="num text-slate-600">
          {sent ? formatBytes(total) : `${formatBytes(loaded)} of ${formatBytes(total)}`}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Upload progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={sent ? 'Sent; the server is storing the runs' : `${pct}% sent`}
        className="h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full rounded-full bg-brand-600 transition-[width] duration-200 ${sent ? 'animate-pulse' : ''}`}
          style={{ width: `${pct}%` }}
        />
      </div>
    </div>
  );
}

/** The server's refusal, with the file and line it named. */
export function UploadError({ error, onDismiss }: { error: UploadErrorView; onDismiss: () => void }) {
  const where = error.file ? `${error.file}${error.line !== null ? `, line ${error.line}` : ''}` : null;
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm">
      <div className="flex items-start justify-between gap-3">
        <h3 className="font-semibold text-bad">{error.title}</h3>
        <button
          type="button"
          onClick={onDismiss}
          className="cursor-pointer text-xs font-medium text-red-800 hover:underline"
        >
          Dismiss
        </button>
      </div>
      {where ? (
        <dl className="mt-1.5 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-red-900">
          <dt className="text-red-700">File</dt>
          <dd className="font-mono text-xs leading-5 break-all">{where}</dd>
          <dt className="text-red-700">Problem</dt>
          <dd>{asSentence(error.reason ?? error.message)}</dd>
        </dl>
      ) : (
        <p className="mt-1 text-red-900">{asSentence(error.message)}</p>
      )}
      <p className="mt-2 text-xs text-red-700">Nothing was saved{error.status > 0 ? ` (HTTP ${error.status})` : ''}.</p>
    </div>
  );
}
