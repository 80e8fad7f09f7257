// POST /api/runs/check-duplicates: the runs an upload would form, each as the sha256 of its files.
import { z } from 'zod';

/** 64 hex digits (either case). Linear: a fixed-length character class. */
const sha256 = z.string().regex(/^[0-9a-fA-F]{64}$/, 'a sha256 as 64 hex digits');

export const checkDuplicatesSchema = z.object({
  runs: z
    .array(z.object({ sha256: z.array(sha256).min(1).max(200) }))
    .min(1)
    .max(200),
});
export type CheckDuplicatesBody = z.infer<typeof checkDuplicatesSchema>;
