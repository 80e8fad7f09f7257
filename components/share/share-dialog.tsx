'use client';
import Link from 'next/link';
import { useId, useState } from 'react';
import { apiSend } from '@/components/api/client';
import { errorMessage } from '@/components/api/errors';
import { COMPACT_FIELD } from '@/components/ui/form-styles';
import { Modal } from '@/components/ui/modal';
import { Button } from '@/components/ui/button';
import { RequestError } from '@/components/ui/request-error';
import { EXPIRY_CHOICES, expiresAtFor, type ExpiryChoice, type ShareRequest } from '@/lib/view/share/request';
import { utcText } from '@/lib/view/share/state';
import { CopyField } from './copy-field';

interface Created {
  url: string;
  expiresAt: string | null;
}

const NOTE: Record<ShareRequest['kind'], string> = {
  run: 'The link shows the run as it is when opened.',
  comparison: 'The link keeps these runs, this baseline and your endpoint groups.',
  project: 'The link shows the project as it is when opened: new runs, criteria and roadmap changes included.',
};

/** Today as "YYYY-MM-DD" in the browser's time zone (the earliest custom expiry day). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Expiry choice -> POST /api/shares -> the absolute link with Copy. The link is shown once:
 *  only its hash is stored. */
export function ShareDialog({ request, what, onClose }: { request: ShareRequest; what: string; onClose: () => void }) {
  const id = useId();
  const [choice, setChoice] = useState<ExpiryChoice>('7d');
  const [date, setDate] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);

  async function create() {
    const expiry = expiresAtFor(choice, new Date(), date);
    if (!expiry.ok) return setError(expiry.message);
    setPending(true);
    setError(null);
    try {
      const body = { ...request, ...(expiry.expiresAt ? { expiresAt: expiry.expiresAt } : {}) };
      setCreated(await apiSend<Created>('POST', '/api/shares', body));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }

  const footer = created ? (
    <Button key="done" type="button" onClick={onClose}>
      Done
    </Button>
  ) : (
    <>
      <Button type="button" variant="secondary" onClick={onClose} disabled={pending}>
        Cancel
      </Button>
      <Button type="button" onClick={create} disabled={pending}>
        {pending ? 'Creating…' : 'Create link'}
      </Button>
    </>
  );

  return (
    <Modal
      open
      onClose={() => !pending && onClose()}
      title={`Share ${what}`}
      description={
        <>
          Anyone with the link can view {what}, read-only, without signing in. {NOTE[request.kind]}
        </>
      }
      footer={footer}
    >
      {created ? (
        <div className="space-y-3">
          <CopyField label="Link" value={created.url} />
          <p className="text-sm text-slate-600">
            {created.expiresAt ? `Works until ${utcText(created.expiresAt)}.` : 'Works until revoked.'} Copy it now: it
            is not shown again.{' '}
            <Link href="/shares" className="font-medium text-brand-700 hover:underline">
              Manage share links
            </Link>
          </p>
        </div>
      ) : (
        <fieldset className="space-y-2" disabled={pending}>
          <legend className="mb-1 text-sm font-medium text-slate-800">Link expires</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {EXPIRY_CHOICES.map((c) => (
              <label key={c.value} className="inline-flex items-center gap-1.5 text-sm text-slate-700">
                <input
                  type="radio"
                  name={`${id}-expiry`}
                  value={c.value}
                  checked={choice === c.value}
                  onChange={() => {
                    setChoice(c.value);
                    setError(null);
                  }}
                  className="accent-brand-600"
                />
                {c.label}
              </label>
            ))}
          </div>
          {choice === 'custom' && (
            <div className="flex items-center gap-2 pt-1">
              <label htmlFor={`${id}-date`} className="text-sm text-slate-600">
                Last day
              </label>
              <input
                id={`${id}-date`}
                type="date"
                min={today()}
                value={date}
                onChange={(e) => {
                  setDate(e.target.value);
                  setError(null);
                }}
                className={COMPACT_FIELD}
              />
              <span className="text-xs text-slate-500">through the end of that day</span>
            </div>
          )}
        </fieldset>
      )}
      <RequestError error={error} />
    </Modal>
  );
}
