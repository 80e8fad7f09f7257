'use client';
// Sign off a set's verdict on a run: the people's decision, who took it, and a note — required when
// the decision differs from the evaluation. POST /api/criteria-sets/:id/sign-offs.
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { Modal } from '@/components/ui/modal';
import { apiSend } from '@/components/api/client';
import { formProblem } from '@/components/api/errors';
import { Button } from '@/components/ui/button';
import { RequestError } from '@/components/ui/request-error';
import type { VerdictName } from '@/lib/domain/criteria/types';
import type { FieldErrors } from '@/lib/view/criteria/form-row';
import { FieldError } from './field-error';
import { useSignedInName } from '@/components/auth/signed-in-context';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import { VerdictBadge } from './verdict-badge';

const DECISIONS: VerdictName[] = ['GO', 'CONDITIONAL', 'NO-GO'];
/** Who signed last, remembered in this browser. */
const DECIDED_BY_KEY = 'swarmlens.decidedBy';

interface Props {
  setId: string;
  setName: string;
  /** The project's runs, with the set's evaluated verdict on each. */
  runs: { id: string; label: string; verdict: VerdictName }[];
  defaultRunId: string;
  onClose: () => void;
}

export function SignOffDialog({ setId, setName, runs, defaultRunId, onClose }: Props) {
  const router = useRouter();
  const id = useId();
  // The page's run may be out of the set's scope (not among `runs`): then the newest run it judges.
  const [runId, setRunId] = useState(
    runs.some((r) => r.id === defaultRunId) ? defaultRunId : (runs.at(-1)?.id ?? defaultRunId),
  );
  const evaluated = runs.find((r) => r.id === runId)?.verdict ?? 'NO-GO';
  const [chosen, setChosen] = useState<VerdictName | null>(null);
  const decision = chosen ?? evaluated;
  // Signed in, the server records the account's name: the form shows it and asks for none.
  const signedIn = useSignedInName();
  const [typedName, setDecidedBy] = useState(() =>
    typeof window === 'undefined' ? '' : (window.localStorage.getItem(DECIDED_BY_KEY) ?? ''),
  );
  const decidedBy = signedIn ?? typedName;
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const differs = decision !== evaluated;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (decidedBy.trim() === '') found.decidedBy = 'say who decided';
    if (differs && note.trim() === '')
      found.note = `the evaluation says ${evaluated}: say why the decision is ${decision}`;
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      const body = { runId, decision, decidedBy: decidedBy.trim(), note: note.trim() === '' ? null : note.trim() };
      await apiSend('POST', `/api/criteria-sets/${encodeURIComponent(setId)}/sign-offs`, body);
      if (!signedIn) window.localStorage.setItem(DECIDED_BY_KEY, decidedBy.trim());
      startRefresh(() => router.refresh());
      onClose();
    } catch (e) {
      const problem = formProblem(e);
      setErrors(problem.fields);
      setError(problem.message);
    } finally {
      setSaving(false);
    }
  }

  const formId = `${id}-form`;
  return (
    <Modal
      open
      onClose={onClose}
      title={`Sign off “${setName}”`}
      description="Record the decision taken on a run, next to what the criteria say. The evaluation is stored with it."
      footer={
        <>
          <Button type="button" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form={formId} disabled={saving || refreshing}>
            {saving ? 'Signing…' : 'Sign off'}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} className="space-y-4" noValidate>
        <div>
          <label htmlFor={`${id}-run`} className={LABEL}>
            Run
          </label>
          <select id={`${id}-run`} className={FIELD} value={runId} onChange={(e) => setRunId(e.target.value)}>
            {runs.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label} — evaluated {r.verdict}
              </option>
            ))}
          </select>
          <p className="mt-1.5 flex items-center gap-2 text-xs text-slate-600">
            The criteria say <VerdictBadge verdict={evaluated} />
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-decision`} className={LABEL}>
            Decision
          </label>
          <select
            id={`${id}-decision`}
            className={FIELD}
            value={decision}
            onChange={(e) => setChosen(e.target.value as VerdictName)}
          >
            {DECISIONS.map((d) => (
              <option key={d} value={d}>
                {d}
                {d === evaluated ? ' (as evaluated)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={signedIn ? undefined : `${id}-by`} className={LABEL}>
            Decided by
          </label>
          {signedIn ? (
            <p id={`${id}-by`} className="mt-1 text-sm text-slate-800">
              {signedIn} <span className="text-slate-500">(signed in: the record names your account)</span>
            </p>
          ) : (
            <input
              id={`${id}-by`}
              className={FIELD}
              value={decidedBy}
              onChange={(e) => setDecidedBy(e.target.value)}
              maxLength={200}
              placeholder="Name, or the meeting"
              aria-invalid={errors.decidedBy ? true : undefined}
              aria-describedby={errors.decidedBy ? `${id}-by-error` : undefined}
            />
          )}
          <FieldError id={`${id}-by-error`} message={errors.decidedBy} />
        </div>
        <div>
          <label htmlFor={`${id}-note`} className={LABEL}>
            Note{' '}
            {differs ? (
              <span className="font-normal text-bad">(required: the decision differs from the evaluation)</span>
            ) : (
              <span className="font-normal text-slate-500">(optional)</span>
            )}
          </label>
          <textarea
            id={`${id}-note`}
            className={`${FIELD} min-h-20`}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={20_000}
            placeholder={
              differs ? `Why ${decision} although the criteria say ${evaluated}` : 'Context for the decision'
            }
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={errors.note ? `${id}-note-error` : undefined}
          />
          <FieldError id={`${id}-note-error`} message={errors.note} />
        </div>
        <RequestError error={error} />
      </form>
    </Modal>
  );
}
