'use client';
import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import type { AccountRole } from '@/lib/domain/shapes/auth';
import { SignOutButton } from './sign-out-button';
import { SignOutEverywhereDialog } from './sign-out-everywhere-dialog';

const ITEM =
  'block w-full rounded-md px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-100 hover:text-slate-900 ' +
  'focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 disabled:text-slate-400';

interface Props {
  name: string;
  role: AccountRole;
  /** Signed in with the admin secret (no account). */
  secret: boolean;
}

/** The signed-in caller's name, opening (a disclosure, not an ARIA menu) links to API tokens and, for
 *  admins, accounts and the audit log; signing out here or everywhere. Closes on Escape, a click
 *  outside, or a link followed. */
export function AccountMenu({ name, role, secret }: Props) {
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const panelId = useId();
  const box = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => !box.current?.contains(e.target as Node) && setOpen(false);
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  const close = () => setOpen(false);
  return (
    <div ref={box} className="relative">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className={[
          'inline-flex max-w-56 items-center gap-1.5 rounded-md px-2 py-1 text-sm text-slate-700',
          'hover:bg-slate-100 hover:text-slate-900',
        ].join(' ')}
      >
        <span className="sr-only">Account: </span>
        <span className="truncate font-medium">{name}</span>
        <svg aria-hidden width="12" height="12" viewBox="0 0 12 12" className={open ? 'rotate-180' : ''}>
          <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className={[
          'absolute top-full left-0 z-40 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-1.5 shadow-lg',
          'sm:right-0 sm:left-auto',
        ].join(' ')}
      >
        <p className="border-b border-slate-100 px-3 pt-1 pb-2 text-xs text-slate-500">
          Signed in as <span className="font-medium break-words text-slate-800">{name}</span>
          <span className="block">{secret ? 'admin, with the admin secret' : role}</span>
        </p>
        <nav aria-label="Account" className="py-1">
          <Link href="/settings/tokens" className={ITEM} onClick={close}>
            API tokens
          </Link>
          {role === 'admin' && (
            <>
              <Link href="/settings/users" className={ITEM} onClick={close}>
                Accounts
              </Link>
              <Link href="/settings/audit" className={ITEM} onClick={close}>
                Audit log
              </Link>
            </>
          )}
        </nav>
        <div className="border-t border-slate-100 pt-1">
          <SignOutButton className={ITEM} />
          <button
            type="button"
            className={ITEM}
            onClick={() => {
              close();
              setConfirming(true);
            }}
          >
            Sign out everywhere…
          </button>
        </div>
      </div>
      {confirming && <SignOutEverywhereDialog name={name} secret={secret} onClose={() => setConfirming(false)} />}
    </div>
  );
}
