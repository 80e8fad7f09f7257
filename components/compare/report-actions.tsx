'use client';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { copyText } from '@/components/ui/copy-text';

type CopyState = 'idle' | 'copied' | 'failed';

/** The Markdown report (copy, download) and the JSON API behind the page
 *  (not on shared links: the API needs sign-in). */
export function ReportActions({
  markdown,
  fileName,
  jsonHref,
  markdownHref,
  readOnly = false,
}: {
  markdown: string;
  fileName: string;
  jsonHref: string;
  markdownHref: string;
  readOnly?: boolean;
}) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = () =>
    copyText(markdown).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  const download = () => {
    const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" onClick={copy} aria-describedby="copy-status">
        <CopyIcon />
        Copy Markdown
      </Button>
      <Button type="button" variant="secondary" onClick={download}>
        <DownloadIcon />
        Download .md
      </Button>
      {!readOnly && (
        <span data-print-hide className="px-1 text-sm text-slate-500">
          API:{' '}
          <a
            href={jsonHref}
            className="font-medium text-brand-600 hover:text-brand-700 hover:underline"
            title="The Comparison JSON (GET /api/compare)"
          >
            JSON
          </a>
          {' · '}
          <a
            href={markdownHref}
            className="font-medium text-brand-600 hover:text-brand-700 hover:underline"
            title="The Markdown report (GET /api/compare?…&format=md)"
          >
            Markdown
          </a>
          {' · '}
          <a
            href={`${jsonHref}&format=csv`}
            download
            className="font-medium text-brand-600 hover:text-brand-700 hover:underline"
            title="The per-endpoint table as CSV (GET /api/compare?…&format=csv; formulas neutralised)"
          >
            Download CSV
          </a>
        </span>
      )}
      <span
        id="copy-status"
        role="status"
        aria-live="polite"
        className={`text-sm ${state === 'failed' ? 'text-bad' : 'text-ok'}`}
      >
        {state === 'copied' ? 'Copied to the clipboard' : state === 'failed' ? 'Could not copy: use Download .md' : ''}
      </span>
    </div>
  );
}

function CopyIcon() {
  return (
    <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth={1.6}>
      <rect x="6.5" y="6.5" width="10" height="10" rx="2" />
      <path d="M13.5 6.5V5a1.5 1.5 0 0 0-1.5-1.5H5A1.5 1.5 0 0 0 3.5 5v7A1.5 1.5 0 0 0 5 13.5h1.5" />
    </svg>
  );
}

function DownloadIcon() {
  return (
    <svg
      aria-hidden
      viewBox="0 0 20 20"
      className="h-4 w-4"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M10 3.5v9M6 9l4 4 4-4M4 16.5h12" />
    </svg>
  );
}
