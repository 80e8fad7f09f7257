'use client';
import { useState } from 'react';

/** A shell command in a code block, with a button that copies it. */
export function CopyCommand({ command }: { command: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="relative mt-2 rounded-lg bg-slate-900">
      <pre className="py-3 pr-20 pl-4 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap text-slate-100">
        <code>{command}</code>
      </pre>
      <button
        type="button"
        onClick={copy}
        className={[
          'absolute top-2 right-2 cursor-pointer rounded-md bg-slate-700 px-2 py-1',
          'text-xs font-medium text-slate-100 hover:bg-slate-600',
        ].join(' ')}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
      <span className="sr-only" aria-live="polite">
        {copied ? 'Command copied' : ''}
      </span>
    </div>
  );
}
