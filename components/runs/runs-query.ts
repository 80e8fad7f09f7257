// The /runs URL -> the list query. Unknown or invalid parameters fall back to their defaults
// instead of failing the page (a hand-edited or stale link still shows the list).
import { listRunsQuerySchema, type ListRunsQueryInput } from '@/lib/view/run/list-query';

export type SearchParams = Record<string, string | string[] | undefined>;

export function parseRunsQuery(params: SearchParams): ListRunsQueryInput {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(listRunsQuerySchema.shape)) {
    const value = params[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== '') raw[key] = first;
  }
  for (;;) {
    const parsed = listRunsQuerySchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const bad = parsed.error.issues.map((i) => String(i.path[0]));
    if (!bad.some((k) => k in raw)) return listRunsQuerySchema.parse({});
    for (const k of bad) delete raw[k];
  }
}
