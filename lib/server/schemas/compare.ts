// User-tunable parts of a comparison: thresholds (any subset overrides DEFAULT_THRESHOLDS) and
// user-defined endpoint groups ("NAME=PREFIX").
import { z } from 'zod';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../../domain/analysis/thresholds';
import type { UserGroup } from '../../domain/analysis/endpoint-groups';

const levels = z
  .object({ warning: z.number().nonnegative(), critical: z.number().nonnegative() })
  .strict()
  .refine((l) => l.critical >= l.warning, 'critical must be at least warning');

export const thresholdsOverrideSchema = z
  .object({
    successRateDrop: levels,
    failuresGrowth: levels,
    rpsDrop: levels,
    latencyGrowth: levels,
    maxGrowth: levels,
    latencyFloorMs: z.number().nonnegative(),
    alpha: z.number().gt(0).lt(1),
    minRequests: z.number().int().nonnegative(),
  })
  .partial()
  .strict();

/** Thresholds from a JSON text: the defaults with the given fields replaced. */
export function parseThresholds(json: string): Thresholds {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new z.ZodError([{ code: 'custom', path: ['thresholds'], message: 'not valid JSON', input: json }]);
  }
  return { ...DEFAULT_THRESHOLDS, ...thresholdsOverrideSchema.parse(value) };
}

/** "Auth=/accounts/" -> { name: 'Auth', prefix: '/accounts/' }. */
export const userGroupSchema = z
  .string()
  .regex(/^[^=]{1,80}=\/?\S{0,300}$/, 'a group is NAME=PREFIX, e.g. Auth=/accounts/')
  .transform((s): UserGroup => {
    const at = s.indexOf('=');
    return { name: s.slice(0, at).trim(), prefix: s.slice(at + 1).trim() };
  });
