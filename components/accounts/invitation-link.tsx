'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { copyText } from '@/components/ui/copy-text';

/** A new invitation's link, shown once with a copy button (only its hash is stored). */
export function InvitationLink({
  email,
  url,
  days,
  onDone,
}: {
  email: string;
  url: string;
  days: number;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const copy = () =>
    copyText(url).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  return (
    <div role="status" className="space-y-3 rounded-lg border border-green-200 bg-green-50/60 p-4">
      <p className="text-sm font-medium text-slate-900">Invitation for {email} created. Send them this link:</p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          aria-label="The invitation link"
          className={[
            'min-w-0 flex-1 rounded-md border border-slate-200 bg-white px-3 py-2',
            'font-mono text-sm break-all text-slate-900 select-all',
          ].join(' ')}
        >
          {url}
        </code>
        <Button type="button" variant="secondary" onClick={copy}>
          Copy
        </Button>
        <span aria-live="polite" className="text-sm text-slate-600">
          {copied === 'copied'
            ? 'Copied to the clipboard'
            : copied === 'failed'
              ? 'Could not copy: select the link and copy it'
              : ''}
        </span>
      </div>
      <p className="text-sm text-warn">
        Copy it now: it will not be shown again. It makes one account and works for {days} {days === 1 ? 'day' : 'days'}
        .
      </p>
      <Button type="button" variant="ghost" onClick={onDone}>
        Done, hide the link
      </Button>
    </div>
  );
}
