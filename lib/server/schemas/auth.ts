// Request shapes of sign-in, API tokens and share links.
import { z } from 'zod';

/** The admin secret (break-glass, under a name of one's choosing) or an account's e-mail and password;
 *  `endOtherSessions`: sign out everywhere else at the same time. */
export const signInSchema = z.union([
  z
    .object({
      secret: z.string().min(1).max(1000),
      name: z.string().trim().min(1).max(100).default('admin'),
      endOtherSessions: z.boolean().default(false),
    })
    .strict(),
  z
    .object({
      email: z.string().trim().min(3).max(320),
      password: z.string().min(1).max(1000),
      endOtherSessions: z.boolean().default(false),
    })
    .strict(),
]);

export const apiTokenInputSchema = z
  .object({ name: z.string().trim().min(1).max(100), role: z.enum(['viewer', 'editor']).default('editor') })
  .strict();

/** docs/contract.md: { kind, runs, project?, expiresAt? }; plus baseline, groups and steps for comparisons. */
export const shareInputSchema = z
  .object({
    kind: z.enum(['run', 'comparison', 'project']),
    runs: z.array(z.string().min(1).max(100)).max(50).default([]),
    project: z.string().min(1).max(200).optional(),
    baseline: z.string().min(1).max(100).optional(),
    groups: z.array(z.string().min(1).max(300)).max(20).optional(),
    steps: z.boolean().optional(),
    expiresAt: z.iso
      .datetime({ offset: true })
      .transform((s) => new Date(s))
      .optional(),
  })
  .strict();
