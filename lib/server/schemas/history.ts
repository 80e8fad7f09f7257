// History requests (issue 19; docs/contract.md "History"): trend and matrix queries, change-point filters and
// decisions, the project's history settings.
import { z } from 'zod';
import { ERA_RULES } from '../../domain/history/eras';
import { CHANGE_POINT_STATUSES } from '../../domain/history/metric-change';
import { AGGREGATE_SCOPE, TREND_METRICS } from '../../domain/history/run-figures';

const text = z.string().min(1).max(2000);

const filters = {
  branch: text.optional(),
  environment: text.optional(),
  profile: text.optional(),
  tag: text.optional(),
  users: z.coerce.number().int().min(0).optional(),
};

/** `aggregate` or `endpoint:…`. */
const scope = z
  .string()
  .max(10_000)
  .refine((s) => s === AGGREGATE_SCOPE || (s.startsWith('endpoint:') && s.length > 9), 'aggregate or endpoint:NAME');

const basis = z.enum(['steady', 'whole']).default('steady');

export const trendQuerySchema = z.object({
  metric: z.enum(TREND_METRICS).default('p95Ms'),
  scope: scope.default(AGGREGATE_SCOPE),
  basis,
  ...filters,
});

export const matrixQuerySchema = z.object({
  metric: z.enum(TREND_METRICS).default('p95Ms'),
  basis,
  runs: z.coerce.number().int().min(2).max(200).default(30),
  ...filters,
});

export const changePointsQuerySchema = z.object({
  status: z.enum(CHANGE_POINT_STATUSES).optional(),
  metric: z.enum(TREND_METRICS).optional(),
  scope: scope.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});

export const changePointDecisionSchema = z.strictObject({
  status: z.enum(CHANGE_POINT_STATUSES),
  /** null clears it; absent keeps it. */
  note: z.string().trim().max(2000).nullable().optional(),
});

export const historySettingsPatchSchema = z.strictObject({
  branch: z.string().trim().min(1).max(200).nullable().optional(),
  alpha: z.number().gt(0).max(0.1).nullable().optional(),
  window: z.number().int().min(6).max(500).nullable().optional(),
  minMagnitude: z.number().min(0).max(1).nullable().optional(),
  eraRules: z
    .array(z.enum(ERA_RULES))
    .transform((rules) => [...new Set(rules)])
    .nullable()
    .optional(),
});

/** The filters of a parsed trend or matrix query. */
export function trendFilters(q: {
  branch?: string;
  environment?: string;
  profile?: string;
  tag?: string;
  users?: number;
}) {
  const { branch, environment, profile, tag, users } = q;
  return { branch, environment, profile, tag, users };
}
