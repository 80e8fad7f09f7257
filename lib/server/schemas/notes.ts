// Request shapes of the meeting notes of a comparison (GET/PUT /api/compare/notes).
import { z } from 'zod';

/** Blank text is none (null); at most 50,000 characters. */
const text = z
  .string()
  .max(50_000)
  .nullable()
  .transform((s) => (s && s.trim() !== '' ? s : null));

export const notesQuerySchema = z.object({
  runs: z
    .string()
    .min(1)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  baseline: z.string().min(1).optional(),
  steps: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((s) => s === '1' || s === 'true'),
});

export const notesBodySchema = z
  .object({
    runs: z.array(z.string().min(1).max(100)).min(1).max(50),
    baseline: z.string().min(1).max(100).optional(),
    steps: z.boolean().default(false),
    notes: text,
    decisions: text,
  })
  .strict();
