'use client';
import { useId, useRef, useState, type DragEvent } from 'react';

/** Drag-and-drop target plus a file picker; many files at once, any mix of runs. */
export function DropZone({
  onFiles,
  compact,
  disabled,
}: {
  onFiles: (files: File[]) => void;
  compact: boolean;
  disabled: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [over, setOver] = useState(false);

  const onDragOver = (e: DragEvent) => {
    if (disabled || !e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDragLeave = (e: DragEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled && e.dataTransfer.files.length > 0) onFiles([...e.dataTransfer.files]);
  };

  return (
    <div
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      className={[
        'flex flex-col items-center justify-center rounded-xl border-2 border-dashed text-center transition-colors',
        compact ? 'gap-2 px-6 py-5 sm:flex-row sm:gap-4' : 'gap-3 px-6 py-12',
        over ? 'border-brand-500 bg-brand-50' : 'border-slate-300 bg-white',
      ].join(' ')}
    >
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        className={`${compact ? 'h-6 w-6' : 'h-10 w-10'} text-brand-500`}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M12 16V4m0 0L7.5 8.5M12 4l4.5 4.5M4 15v3a2 2 0 002 2h12a2 2 0 002-2v-3"
        />
      </svg>
      <div className={compact ? 'sm:text-left' : ''}>
        <p className="text-sm font-medium text-slate-900">
          {over ? 'Drop to add the files' : compact ? 'Add more files' : 'Drag and drop Locust files here'}
        </p>
        <p id={hintId} className="text-sm text-slate-500">
          A run&apos;s CSV files and HTML report, its{' '}
          <code className="font-mono text-xs whitespace-nowrap">--json</code> output, a .zip, or several runs at once.
        </p>
      </div>
      <button
        type="button"
        disabled={disabled}
        onClick={() => input.current?.click()}
        aria-describedby={hintId}
        className={[
          'cursor-pointer rounded-lg border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800',
          'shadow-xs hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400 sm:shrink-0',
        ].join(' ')}
      >
        Choose files
      </button>
      <input
        ref={input}
        type="file"
        multiple
        tabIndex={-1}
        aria-label="Locust files"
        className="sr-only"
        onChange={(e) => {
          if (e.target.files && e.target.files.length > 0) onFiles([...e.target.files]);
          e.target.value = '';
        }}
      />
    </div>
  );
}
