// Request shapes of the runs API, validated at the edge.
import { z } from 'zod';
import { editableProvenanceFields, uploadMetaFieldSchema } from './run-meta';

/** Comma-separated tags: trimmed, empty ones dropped, each at most 64 characters. */
export const tagsSchema = z
  .string()
  .max(2000)
  .transform((s) => [
    ...new Set(
      s
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t.length > 0),
    ),
  ])
  .pipe(z.array(z.string().max(64)).max(50));

/** A user-entered count or rate: positive, or empty for "unknown". */
const optionalPositive = z
  .string()
  .trim()
  .optional()
  .transform((s) => (s ? Number(s) : undefined))
  .pipe(z.number().positive().max(1e9).optional());

export const MAX_BUILD_LENGTH = 100;

/** A build name (commit, release): trimmed, at most MAX_BUILD_LENGTH characters, no control characters;
 *  empty means none (null). */
export const buildSchema = z
  .string()
  .trim()
  .max(MAX_BUILD_LENGTH, `a build is at most ${MAX_BUILD_LENGTH} characters`)
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'a build holds no control characters')
  .transform((s) => (s === '' ? null : s));

export const uploadFieldsSchema = z.object({
  userCount: optionalPositive,
  spawnRate: optionalPositive,
  label: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((s) => (s ? s : undefined)),
  project: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((s) => (s ? s : undefined)),
  tags: tagsSchema.optional(),
  notes: z
    .string()
    .max(20_000)
    .optional()
    .transform((s) => (s ? s : undefined)),
  build: buildSchema.optional().transform((s) => s ?? undefined),
  /** JSON: provenance and what the uploader knows of the run (run-meta.ts). */
  meta: uploadMetaFieldSchema.optional(),
});

export const updateRunSchema = z
  .object({
    label: z.string().trim().min(1).max(200).optional(),
    notes: z.string().max(20_000).nullable().optional(),
    tags: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
    userCount: z.number().positive().max(1e9).nullable().optional(),
    spawnRate: z.number().positive().max(1e9).nullable().optional(),
    build: buildSchema.nullable().optional(),
    // Empty text clears a field, as null does.
    ...editableProvenanceFields,
  })
  .strict();
