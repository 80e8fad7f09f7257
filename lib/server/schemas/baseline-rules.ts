// Baseline rule requests (docs/contract.md "Baseline rules"): POST /api/projects/:id/baseline-rules.
// One object (kind says which field it takes): { name, kind: pinned, runId } | { name, kind: latest, spec? } |
// { name, kind: median, lastN? }; a field of another kind is refused, naming it.
import { z } from 'zod';
import { DEFAULT_LAST_N, MAX_LAST_N, RULE_KINDS } from '../../domain/ci/baseline-rule';
import { MAX_SPEC_CHARS, RULE_NAME } from '../../domain/ci/baseline-spec';

const FIELD_OF = { pinned: 'runId', latest: 'spec', median: 'lastN' } as const;

export const baselineRuleInputSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .regex(RULE_NAME, 'lower-case letters, digits, ".", "_" or "-", starting with a letter or digit, at most 63'),
    kind: z.enum(RULE_KINDS),
    /** pinned: a run of the project. */
    runId: z.string().trim().min(1).max(200).optional(),
    /** latest: the body of a `latest:` spec (`latest:` in front is taken off); absent or '': the newest run. */
    spec: z.string().max(MAX_SPEC_CHARS).optional(),
    /** median: how many of the runs before the target in its era (default 5). */
    lastN: z.number().int().min(1).max(MAX_LAST_N).optional(),
  })
  .superRefine((input, ctx) => {
    for (const [kind, field] of Object.entries(FIELD_OF)) {
      if (kind !== input.kind && input[field] !== undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: `${field} is for a ${kind} rule, not ${input.kind}` });
    }
    if (input.kind === 'pinned' && input.runId === undefined)
      ctx.addIssue({ code: 'custom', path: ['runId'], message: 'a pinned rule needs the run (runId)' });
  })
  .transform((input) => {
    const { name } = input;
    if (input.kind === 'pinned') return { name, kind: 'pinned' as const, runId: input.runId! };
    if (input.kind === 'latest') return { name, kind: 'latest' as const, spec: input.spec ?? '' };
    return { name, kind: 'median' as const, lastN: input.lastN ?? DEFAULT_LAST_N };
  });

export type BaselineRuleInput = z.output<typeof baselineRuleInputSchema>;
