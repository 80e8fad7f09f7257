'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { COMPACT_FIELD } from '@/components/ui/form-styles';

/** Adds a user-defined endpoint group (a name and a path prefix) to the URL: `&group=NAME=PREFIX`. */
export function AddGroupForm({ pageHref }: { pageHref: string }) {
  const router = useRouter();
  const id = useId();
  const [name, setName] = useState('');
  const [prefix, setPrefix] = useState('/');
  const [pending, startTransition] = useTransition();
  const valid = name.trim() !== '' && !name.includes('=') && /^\S+$/.test(prefix.trim());

  function add(e: FormEvent) {
    e.preventDefault();
    if (!valid) return;
    startTransition(() => router.push(`${pageHref}&group=${encodeURIComponent(`${name.trim()}=${prefix.trim()}`)}`));
  }

  return (
    <form onSubmit={add} className="flex flex-wrap items-end gap-2 text-sm" aria-label="Add an endpoint group">
      <div>
        <label htmlFor={`${id}-name`} className="block text-xs font-medium text-slate-600">
          Group name
        </label>
        <input
          id={`${id}-name`}
          className={COMPACT_FIELD}
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="Login"
          maxLength={80}
        />
      </div>
      <div>
        <label htmlFor={`${id}-prefix`} className="block text-xs font-medium text-slate-600">
          Path prefix
        </label>
        <input
          id={`${id}-prefix`}
          className={`${COMPACT_FIELD} font-mono`}
          value={prefix}
          onChange={(e) => setPrefix(e.target.value)}
          placeholder="/accounts/"
          maxLength={300}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={!valid || pending}>
        {pending ? 'Grouping…' : 'Add group'}
      </Button>
      <p className="basis-full text-xs text-slate-500">
        Your groups come first and are kept in the link (<code>&amp;group=NAME=PREFIX</code>).
      </p>
    </form>
  );
}
