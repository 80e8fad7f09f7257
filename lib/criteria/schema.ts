// Validation of a criteria file (zod): clear messages naming the criterion and field.
import { z } from 'zod';
import type { CriteriaSet } from './types';

const METRIC_RE = /^(successRate|failureRate|failures|requests|rps|goodputRps|medianMs|avgMs|maxMs|p\d+(\.\d+)?Ms)$/;
const SCOPE_RE = /^(aggregate|endpoint:.+|group:.+)$/;

export const criterionSchema = z
  .object({
    metric: z.string().regex(METRIC_RE, 'unknown metric (successRate, failureRate, failures, requests, rps, goodputRps, medianMs, avgMs, maxMs, pNNMs)'),
    scope: z.string().regex(SCOPE_RE, 'scope is aggregate, endpoint:METHOD NAME, endpoint:NAME or group:PREFIX'),
    op: z.enum(['<', '<=', '>', '>=', '==']),
    target: z.number().finite(),
    relative: z.literal('baseline').optional(),
    floorMs: z.number().nonnegative().optional(),
    minRequests: z.number().int().nonnegative().optional(),
    severity: z.enum(['must', 'should']).optional(),
  })
  .passthrough();

export const criteriaSetSchema = z.object({ name: z.string().min(1).max(200), criteria: z.array(criterionSchema).min(1).max(500) }).passthrough();

export function parseCriteriaSet(value: unknown): CriteriaSet {
  return criteriaSetSchema.parse(value) as CriteriaSet;
}
