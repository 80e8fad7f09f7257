'use client';
// The project's history settings: which branch makes the history, the change-point test's level, window and
// smallest size, and the era rules. Saving searches the whole history again (the worker, in the background).
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { saveHistorySettings } from '@/components/api/history';
import { errorMessage } from '@/components/api/errors';
import { Button } from '@/components/ui/button';
import { FIELD, LABEL } from '@/components/ui/form-styles';
import { RequestError } from '@/components/ui/request-error';
import { ERA_RULES, type EraRule } from '@/lib/domain/history/eras';
import type { HistorySettings } from '@/lib/domain/history/settings';

const RULE_WORDS: Record<EraRule, string> = {
  locustfile: 'the locustfile changes (sha256)',
  profile: 'the Locust profile changes',
  users: 'the user count changes',
  host: 'the target host changes',
  locustVersion: 'Locust’s major.minor version changes',
};

export function HistorySettingsForm({ projectId, settings }: { projectId: string; settings: HistorySettings }) {
  const router = useRouter();
  const ids = { branch: useId(), alpha: useId(), window: useId(), size: useId(), error: useId() };
  const [branch, setBranch] = useState(settings.branch);
  const [alpha, setAlpha] = useState(String(settings.alpha));
  const [window, setWindow] = useState(String(settings.window));
  const [sizePct, setSizePct] = useState(String(settings.minMagnitude * 100));
  const [rules, setRules] = useState<EraRule[]>(settings.eraRules);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [, startRefresh] = useTransition();

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await saveHistorySettings(projectId, {
        branch: branch.trim(),
        alpha: Number(alpha),
        window: Number(window),
        minMagnitude: Number(sizePct) / 100,
        eraRules: rules,
      });
      setSaved(true);
      startRefresh(() => router.refresh());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  const toggle = (rule: EraRule) =>
    setRules((now) =>
      now.includes(rule) ? now.filter((r) => r !== rule) : ERA_RULES.filter((r) => r === rule || now.includes(r)),
    );
  const field = (id: string, label: string, value: string, set: (v: string) => void, hint: string) => (
    <div className="min-w-32 flex-1">
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <input id={id} className={FIELD} value={value} onChange={(e) => set(e.target.value)} inputMode="decimal" />
      <p className="mt-1 text-xs text-slate-500">{hint}</p>
    </div>
  );

  return (
    <form onSubmit={save} className="space-y-4" aria-describedby={error ? ids.error : undefined}>
      <div className="flex flex-wrap gap-3">
        {field(ids.branch, 'History branch', branch, setBranch, 'Runs on it, or saying no branch')}
        {field(ids.alpha, 'Significance level', alpha, setAlpha, 'Largest p-value (default 0.001)')}
        {field(ids.window, 'Window (runs)', window, setWindow, 'Runs per E-divisive window (default 50)')}
        {field(ids.size, 'Smallest change (%)', sizePct, setSizePct, 'At 95% confidence (default 5)')}
      </div>
      <fieldset>
        <legend className={LABEL}>A new era starts when</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {ERA_RULES.map((rule) => (
            <label key={rule} className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" checked={rules.includes(rule)} onChange={() => toggle(rule)} />
              {RULE_WORDS[rule]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy}>
          Save and search again
        </Button>
        {saved && <p className="text-sm text-ok">Saved: the history is searched again in the background.</p>}
      </div>
      {error && <RequestError id={ids.error} error={error} />}
    </form>
  );
}
