// Request shapes of the stored criteria sets and sign-offs API.
import { z } from 'zod';
import { appliesToSchema, criteriaSetSchema, criterionSchema } from '../../domain/criteria/schema';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((s) => (s ? s : null));

/** A set as sent by the editor: criteria that keep their `id` keep their roadmap links. */
export const criteriaSetInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: text(5000),
    baselineRunId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .optional()
      .transform((s) => s ?? null),
    criteria: z
      .array(criterionSchema.extend({ id: z.string().min(1).max(100).optional() }))
      .min(1)
      .max(500),
    /** Which runs the set judges; absent or null: every run. */
    appliesTo: appliesToSchema
      .nullable()
      .optional()
      .transform((a) => a ?? null),
  })
  .strict();
export type CriteriaSetInputBody = z.infer<typeof criteriaSetInputSchema>;

export const signOffInputSchema = z
  .object({
    runId: z.string().min(1).max(100),
    decision: z.enum(['GO', 'CONDITIONAL', 'NO-GO']),
    decidedBy: z.string().trim().min(1, 'say who decided').max(200),
    note: text(20_000),
  })
  .strict();

/** POST /api/runs/:id/check: a criteria file, plus the run relative criteria compare against. */
export const runCheckBodySchema = criteriaSetSchema.extend({ baseline: z.string().min(1).optional() });
