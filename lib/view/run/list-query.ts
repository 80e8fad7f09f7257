// The runs list's query (page, size, project, tag, branch, environment, sort): the page builds its links with it,
// the API validates it. Shared, so both read the same defaults.
import { z } from 'zod';

const SORTS = [
  'createdAt',
  'label',
  'userCount',
  'durationS',
  'requests',
  'failureRate',
  'medianMs',
  'p95Ms',
  'rps',
] as const;

export const listRunsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  project: z.string().min(1).optional(),
  tag: z.string().min(1).optional(),
  /** Runs whose provenance names exactly this branch / environment. */
  branch: z.string().min(1).max(255).optional(),
  environment: z.string().min(1).max(100).optional(),
  sort: z.enum(SORTS).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export type ListRunsQueryInput = z.infer<typeof listRunsQuerySchema>;
