'use client';
import { useEffect, useId, useState } from 'react';
import { copyText } from '@/components/ui/copy-text';
import { Button } from '@/components/ui/button';

/** A read-only text box (selected on focus) with a Copy button and its outcome. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(e) => e.target.select()}
          className={[
            'min-w-0 flex-1 rounded-lg border border-slate-300 bg-slate-50',
            'px-2.5 py-1.5 font-mono text-xs text-slate-800',
          ].join(' ')}
        />
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            copyText(value).then(
              () => setState('copied'),
              () => setState('failed'),
            )
          }
        >
          Copy
        </Button>
      </div>
      <p role="status" aria-live="polite" className={`min-h-4 text-xs ${state === 'failed' ? 'text-bad' : 'text-ok'}`}>
        {state === 'copied'
          ? 'Copied to the clipboard'
          : state === 'failed'
            ? 'Could not copy: select the link and copy it by hand'
            : ''}
      </p>
    </div>
  );
}
