'use client';
// One baseline rule: its name (as CI writes it), its kind, what it picks in words; delete.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { baselineRuleUrl } from '@/components/api/baseline-rules';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useDelete } from '@/components/ui/use-delete';
import type { BaselineRuleView } from '@/lib/domain/ci/baseline-rule';
import { utcText } from '@/lib/view/share/state';
import { KIND_WORDS } from './rule-words';

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + '.';

export function RuleItem({ rule }: { rule: BaselineRuleView }) {
  const [deleting, setDeleting] = useState(false);
  const gone = rule.kind === 'pinned' && rule.runLabel === null;
  return (
    <div className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-slate-200 p-4">
      <div className="min-w-60 flex-1 space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          <code className="font-mono text-sm font-semibold break-all text-slate-900">{rule.name}</code>
          <Badge tone="brand">{KIND_WORDS[rule.kind]}</Badge>
          {gone && <Badge tone="warn">run deleted</Badge>}
        </p>
        <p className="text-sm text-slate-700">{sentence(rule.description)}</p>
        <p className="text-xs break-words text-slate-500">
          <code className="font-mono">--baseline rule:{rule.name}</code>
          {rule.kind === 'latest' && (
            <>
              {' '}
              = <code className="font-mono">latest{rule.spec ? `:${rule.spec}` : ''}</code>
            </>
          )}{' '}
          · made by {rule.createdBy}, {utcText(rule.createdAt)}
        </p>
      </div>
      <Button
        type="button"
        variant="secondary"
        className="shrink-0 px-2.5 py-1 text-bad hover:bg-red-50"
        onClick={() => setDeleting(true)}
        aria-label={`Delete the baseline rule ${rule.name}`}
      >
        Delete
      </Button>
      {deleting && <DeleteRuleDialog rule={rule} onClose={() => setDeleting(false)} />}
    </div>
  );
}

function DeleteRuleDialog({ rule, onClose }: { rule: BaselineRuleView; onClose: () => void }) {
  const router = useRouter();
  const { busy, error, remove } = useDelete(baselineRuleUrl(rule.id));
  return (
    <ConfirmDialog
      title={`Delete the rule ${rule.name}?`}
      description={
        `CI jobs and links that use --baseline rule:${rule.name} are refused until a rule of that name exists ` +
        'again. Comparisons already made keep their runs.'
      }
      confirmLabel="Delete rule"
      busy={busy}
      error={error}
      onConfirm={() => remove(() => (onClose(), router.refresh()))}
      onClose={onClose}
    />
  );
}
