// Request shapes of the roadmap API.
import { z } from 'zod';
import { criterionSchema } from '../../domain/criteria/schema';
import { criteriaSetInputSchema } from './criteria';
import { ITEM_STATUSES, PRIORITIES } from '../../domain/roadmap/types';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((s) => (s ? s : null));
/** In a PATCH an absent field stays as it is (undefined); an empty one is cleared (null). */
const patchText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((s) => (s === undefined ? undefined : s ? s : null));
const ids = z.array(z.string().min(1).max(100)).max(200);

export const phaseInputSchema = z.object({ title: z.string().trim().min(1).max(300), notes: text(20_000) }).strict();
export const phasePatchSchema = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    notes: patchText(20_000),
    position: z.number().int().min(0).optional(),
  })
  .strict();

/** A new criterion for an item: added to the set `setId`, or to the set named `setName` (created if missing). */
const newCriterionSchema = z
  .object({
    setId: z.string().min(1).max(100).optional(),
    setName: z.string().trim().min(1).max(200).optional(),
    criterion: criterionSchema,
  })
  .strict()
  .refine((c) => (c.setId === undefined) !== (c.setName === undefined), 'give either setId or setName');

export const itemInputSchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    priority: z.enum(PRIORITIES).default('medium'),
    problem: text(20_000),
    expectedImpact: text(20_000),
    owner: text(200),
    status: z.enum(ITEM_STATUSES).default('todo'),
    notes: text(50_000),
    criterionIds: ids.default([]),
    newCriteria: z.array(newCriterionSchema).max(50).default([]),
  })
  .strict();
export type ItemInputBody = z.infer<typeof itemInputSchema>;

export const itemPatchSchema = z
  .object({
    title: z.string().trim().min(1).max(500).optional(),
    priority: z.enum(PRIORITIES).optional(),
    problem: patchText(20_000),
    expectedImpact: patchText(20_000),
    owner: patchText(200),
    status: z.enum(ITEM_STATUSES).optional(),
    notes: patchText(50_000),
    criterionIds: ids.optional(),
    /** Move: to `position` in `phaseId` (default: its own phase). */
    phaseId: z.string().min(1).max(100).optional(),
    position: z.number().int().min(0).optional(),
  })
  .strict();
export type ItemPatchBody = z.infer<typeof itemPatchSchema>;

export const importInputSchema = z
  .object({ markdown: z.string().min(1).max(1_000_000), mode: z.enum(['append', 'replace']).default('append') })
  .strict();

/** POST /api/projects/:id/retest-plans: a criteria set, and roadmap items each verified by a criterion. */
export const retestPlanSchema = z
  .object({
    set: criteriaSetInputSchema,
    phase: z
      .union([
        z.object({ id: z.string().min(1).max(100) }).strict(),
        z.object({ title: z.string().trim().min(1).max(300) }).strict(),
      ])
      .nullable()
      .default(null),
    items: z
      .array(itemInputSchema.omit({ criterionIds: true, newCriteria: true }).extend({ criterion: criterionSchema }))
      .max(100)
      .default([]),
  })
  .strict()
  .refine((p) => p.items.length === 0 || p.phase !== null, {
    message: 'items need a phase: { id } or { title }',
    path: ['phase'],
  });
export type RetestPlanBody = z.infer<typeof retestPlanSchema>;
