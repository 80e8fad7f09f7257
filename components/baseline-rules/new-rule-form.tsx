'use client';
// Adds a baseline rule: its name (what CI writes after rule:), its kind, and the kind's one choice (rule-fields.tsx).
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { createBaselineRule, type NewRule } from '@/components/api/baseline-rules';
import { errorMessage } from '@/components/api/errors';
import { Button } from '@/components/ui/button';
import { FIELD, LABEL, segmentOption } from '@/components/ui/form-styles';
import { RequestError } from '@/components/ui/request-error';
import { DEFAULT_LAST_N, RULE_KINDS, type RuleKind } from '@/lib/domain/ci/baseline-rule';
import { RULE_NAME } from '@/lib/domain/ci/baseline-spec';
import { LatestFields, latestSpec, MedianField, PinnedField, type LatestChoice } from './rule-fields';
import { KIND_CHOICE, KIND_HELP } from './rule-words';

/** What the form offers: the runs of the page shown (newest first) and the project's criteria set names. */
export interface RuleFormChoices {
  runs: { id: string; label: string }[];
  sets: string[];
}

const FIRST_LATEST: LatestChoice = { branch: 'main', same: ['profile', 'users'], go: '' };

export function NewRuleForm({ projectId, choices }: { projectId: string; choices: RuleFormChoices }) {
  const router = useRouter();
  const ids = { name: useId(), error: useId(), help: useId() };
  const [name, setName] = useState('');
  const [kind, setKind] = useState<RuleKind>('median');
  const [runId, setRunId] = useState(choices.runs[0]?.id ?? '');
  const [latest, setLatest] = useState<LatestChoice>(FIRST_LATEST);
  const [lastN, setLastN] = useState(DEFAULT_LAST_N);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [, startRefresh] = useTransition();
  const trimmed = name.trim();
  const nameOk = RULE_NAME.test(trimmed);

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const rule: NewRule =
      kind === 'pinned'
        ? { name: trimmed, kind, runId }
        : kind === 'latest'
          ? { name: trimmed, kind, spec: latestSpec(latest) }
          : { name: trimmed, kind, lastN };
    try {
      await createBaselineRule(projectId, rule);
      setName('');
      startRefresh(() => router.refresh());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3 border-t border-slate-100 pt-4">
      <h3 className="text-sm font-semibold text-slate-800">Add a baseline rule</h3>
      <form onSubmit={create} className="space-y-3" aria-describedby={error ? ids.error : undefined}>
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-48 flex-1">
            <label htmlFor={ids.name} className={LABEL}>
              Name
            </label>
            <input
              id={ids.name}
              className={`${FIELD} font-mono`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={63}
              placeholder="nightly-median"
              aria-invalid={trimmed !== '' && !nameOk}
              aria-describedby={ids.help}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <fieldset className="min-w-0">
            <legend className={`${LABEL} mb-1`}>Kind</legend>
            <div className="inline-flex flex-wrap gap-1 rounded-lg bg-slate-100 p-1">
              {RULE_KINDS.map((k) => (
                <label key={k} className={`cursor-pointer rounded-md px-2.5 py-1 text-sm ${segmentOption(kind === k)}`}>
                  <input
                    type="radio"
                    name="rule-kind"
                    value={k}
                    checked={kind === k}
                    onChange={() => setKind(k)}
                    className="sr-only"
                  />
                  {KIND_CHOICE[k]}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <p id={ids.help} className="text-xs text-slate-500">
          {trimmed !== '' && !nameOk
            ? 'A name is lower-case letters, digits, ".", "_" or "-", starting with a letter or digit.'
            : `CI uses it as --baseline rule:${nameOk ? trimmed : 'NAME'}.`}
        </p>
        <p className="text-sm text-slate-600">{KIND_HELP[kind]}</p>
        {kind === 'pinned' && <PinnedField runs={choices.runs} value={runId} onChange={setRunId} />}
        {kind === 'latest' && <LatestFields sets={choices.sets} value={latest} onChange={setLatest} />}
        {kind === 'median' && <MedianField value={lastN} onChange={setLastN} />}
        <Button type="submit" disabled={busy || !nameOk || (kind === 'pinned' && runId === '')}>
          {busy ? 'Adding…' : 'Add rule'}
        </Button>
      </form>
      <RequestError id={ids.error} error={error} />
    </div>
  );
}
