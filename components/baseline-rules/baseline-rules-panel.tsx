// The project page's Baseline rules panel: the answer first (how many rules, how they are used: the compare page and
// `--baseline rule:NAME`), then each rule with what it picks in words, and the form that adds one.
import { Card } from '@/components/ui/card';
import type { BaselineRuleView } from '@/lib/domain/ci/baseline-rule';
import { NewRuleForm, type RuleFormChoices } from './new-rule-form';
import { RuleItem } from './rule-item';

export function BaselineRulesPanel({
  projectId,
  rules,
  choices,
}: {
  projectId: string;
  rules: BaselineRuleView[];
  choices: RuleFormChoices;
}) {
  const summary =
    rules.length === 0
      ? 'No baseline rules yet. A rule names how the baseline of a comparison is picked; CI and the compare page ' +
        'then use it by name.'
      : `${rules.length} rule${rules.length === 1 ? '' : 's'}: pick one by name on the compare page, or in CI with ` +
        '--baseline rule:NAME.';
  return (
    <Card title={<span id="baseline-rules-title">Baseline rules</span>}>
      <div className="space-y-5">
        <p className="text-sm font-medium text-slate-700" data-testid="baseline-rules-summary">
          {summary}
        </p>
        {rules.length > 0 && (
          <ul className="space-y-3" aria-labelledby="baseline-rules-title">
            {rules.map((r) => (
              <li key={r.id}>
                <RuleItem rule={r} />
              </li>
            ))}
          </ul>
        )}
        <NewRuleForm projectId={projectId} choices={choices} />
      </div>
    </Card>
  );
}
