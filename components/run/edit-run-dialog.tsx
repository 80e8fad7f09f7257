'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { apiSend } from '@/components/api/client';
import { errorMessage } from '@/components/api/errors';
import { Button } from '@/components/ui/button';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import { RequestError } from '@/components/ui/request-error';
import { Modal } from '@/components/ui/modal';
import { changedOrigin, ProvenanceFields, type OriginValues } from './provenance-fields';

interface Props {
  runId: string;
  initial: {
    label: string;
    tags: string[];
    notes: string | null;
    userCount: number | null;
    spawnRate: number | null;
    build?: string | null;
    origin?: OriginValues;
  };
  onClose: () => void;
}

/** "" -> null (unknown); otherwise the number typed. */
function numberOrNull(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/** Splits "a, b ,, a" into ["a", "b"]. */
function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

const NO_ORIGIN: OriginValues = { commit: '', branch: '', environment: '' };

export function EditRunDialog({ runId, initial, onClose }: Props) {
  const router = useRouter();
  const ids = {
    label: useId(),
    tags: useId(),
    notes: useId(),
    users: useId(),
    spawn: useId(),
    build: useId(),
    error: useId(),
  };
  const [label, setLabel] = useState(initial.label);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [notes, setNotes] = useState(initial.notes ?? '');
  const [users, setUsers] = useState(initial.userCount?.toString() ?? '');
  const [spawn, setSpawn] = useState(initial.spawnRate?.toString() ?? '');
  const [build, setBuild] = useState(initial.build ?? '');
  const initialOrigin = initial.origin ?? NO_ORIGIN;
  const [origin, setOrigin] = useState(initialOrigin);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refreshing, startRefresh] = useTransition();

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await apiSend('PATCH', `/api/runs/${encodeURIComponent(runId)}`, {
        label: label.trim(),
        tags: parseTags(tags),
        notes: notes.trim() === '' ? null : notes,
        userCount: numberOrNull(users),
        spawnRate: numberOrNull(spawn),
        build: build.trim() === '' ? null : build.trim(),
        ...changedOrigin(initialOrigin, origin),
      });
      startRefresh(() => router.refresh());
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  const busy = saving || refreshing;
  return (
    <Modal
      open
      onClose={onClose}
      title="Edit run"
      description={
        'Label, build, where it came from, tags, notes, and the load settings the files cannot say; ' +
        'the measured figures do not change.'
      }
      footer={
        <>
          <Button type="button" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form={`${ids.label}-form`} disabled={busy || label.trim() === ''}>
            {saving ? 'Saving…' : 'Save changes'}
          </Button>
        </>
      }
    >
      <form
        id={`${ids.label}-form`}
        onSubmit={save}
        className="space-y-4"
        aria-describedby={error ? ids.error : undefined}
      >
        <div>
          <label htmlFor={ids.label} className={LABEL}>
            Label
          </label>
          <input
            id={ids.label}
            className={FIELD}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            required
            maxLength={200}
            autoFocus
          />
        </div>
        <div>
          <label htmlFor={ids.build} className={LABEL}>
            Build
          </label>
          <input
            id={ids.build}
            className={FIELD}
            value={build}
            onChange={(e) => setBuild(e.target.value)}
            maxLength={100}
            placeholder="none"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${ids.build}-hint`}
          />
          <p id={`${ids.build}-hint`} className="mt-1 text-xs text-slate-500">
            The build of the system under test (a commit or release). Runs of different builds are never fitted on one
            scaling curve.
          </p>
        </div>
        <ProvenanceFields values={origin} onChange={setOrigin} />
        <div>
          <label htmlFor={ids.tags} className={LABEL}>
            Tags
          </label>
          <input
            id={ids.tags}
            className={FIELD}
            value={tags}
            onChange={(e) => setTags(e.target.value)}
            placeholder="release-1.4, staging"
            aria-describedby={`${ids.tags}-hint`}
          />
          <p id={`${ids.tags}-hint`} className="mt-1 text-xs text-slate-500">
            Separate tags with commas.
          </p>
        </div>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label htmlFor={ids.users} className={LABEL}>
              Users
            </label>
            <input
              id={ids.users}
              type="number"
              min={1}
              step="any"
              className={FIELD}
              value={users}
              onChange={(e) => setUsers(e.target.value)}
              placeholder="unknown"
            />
          </div>
          <div>
            <label htmlFor={ids.spawn} className={LABEL}>
              Spawn rate (users/s)
            </label>
            <input
              id={ids.spawn}
              type="number"
              min={0}
              step="any"
              className={FIELD}
              value={spawn}
              onChange={(e) => setSpawn(e.target.value)}
              placeholder="unknown"
            />
          </div>
          <p className="col-span-2 -mt-1 text-xs text-slate-500">
            Users come from the peak of the history; runs without one need them entered for scaling analysis.
          </p>
        </div>
        <div>
          <label htmlFor={ids.notes} className={LABEL}>
            Notes
          </label>
          <textarea
            id={ids.notes}
            className={`${FIELD} min-h-28`}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            maxLength={20_000}
            placeholder="What changed in this run, what to look at…"
          />
        </div>
        <RequestError id={ids.error} error={error} />
      </form>
    </Modal>
  );
}
