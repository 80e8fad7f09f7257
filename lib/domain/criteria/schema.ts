// Validation of a criteria file (zod): clear messages naming the criterion and field.
import { z } from 'zod';
import type { CriteriaSet } from './types';

const METRIC_RE = /^(successRate|failureRate|failures|requests|rps|goodputRps|medianMs|avgMs|maxMs|p\d+(\.\d+)?Ms)$/;
const SCOPE_RE = /^(aggregate|endpoint:.+|group:.+)$/;

export const criterionSchema = z
  .object({
    metric: z
      .string()
      .regex(
        METRIC_RE,
        'unknown metric (successRate, failureRate, failures, requests, rps, goodputRps, medianMs, avgMs, maxMs, pNNMs)',
      ),
    scope: z.string().regex(SCOPE_RE, 'scope is aggregate, endpoint:METHOD NAME, endpoint:NAME or group:PREFIX'),
    op: z.enum(['<', '<=', '>', '>=', '==']),
    target: z.number().finite(),
    relative: z.literal('baseline').optional(),
    floorMs: z.number().nonnegative().optional(),
    minRequests: z.number().int().nonnegative().optional(),
    severity: z.enum(['must', 'should']).optional(),
  })
  .passthrough();

/** Which runs a set judges (lib/domain/criteria/applies-to.ts); every field optional, unknown fields refused. */
export const appliesToSchema = z
  .object({
    userCount: z.number().int('a whole number of users').positive().max(10_000_000).optional(),
    tags: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
    labelGlob: z.string().min(1).max(200, 'at most 200 characters').optional(),
    profile: z.string().trim().min(1).max(64).optional(),
  })
  .strict();

export const criteriaSetSchema = z
  .object({
    name: z.string().min(1).max(200),
    criteria: z.array(criterionSchema).min(1).max(500),
    appliesTo: appliesToSchema.nullable().optional(),
  })
  .passthrough();

export function parseCriteriaSet(value: unknown): CriteriaSet {
  return criteriaSetSchema.parse(value) as CriteriaSet;
}
