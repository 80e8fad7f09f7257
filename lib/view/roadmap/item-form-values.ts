// The add / edit item form: its values from an item, and the request bodies they make
// (POST /api/roadmap/phases/:id/items, PATCH /api/roadmap/items/:id with only what changed).
import type { Priority, RoadmapItem } from '../../domain/roadmap/types';

export interface ItemFormValues {
  title: string;
  priority: Priority;
  owner: string;
  problem: string;
  expectedImpact: string;
  notes: string;
  criterionIds: string[];
}

export const TEXT_FIELDS = ['owner', 'problem', 'expectedImpact', 'notes'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export function itemFormValues(item?: RoadmapItem): ItemFormValues {
  return {
    title: item?.title ?? '',
    priority: item?.priority ?? 'medium',
    owner: item?.owner ?? '',
    problem: item?.problem ?? '',
    expectedImpact: item?.expectedImpact ?? '',
    notes: item?.notes ?? '',
    criterionIds: item?.criterionIds ?? [],
  };
}

export type ItemBody = { title: string; priority: Priority; criterionIds: string[] } & Record<TextField, string | null>;

/** Trimmed; empty text fields are null (cleared). */
export function itemCreateBody(v: ItemFormValues): ItemBody {
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    title: v.title.trim(),
    priority: v.priority,
    owner: text(v.owner),
    problem: text(v.problem),
    expectedImpact: text(v.expectedImpact),
    notes: text(v.notes),
    criterionIds: [...new Set(v.criterionIds)],
  };
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** Only the fields that differ from the item, so concurrent edits of other fields survive. */
export function itemPatchBody(item: RoadmapItem, v: ItemFormValues): Partial<ItemBody> {
  const next = itemCreateBody(v);
  const patch: Partial<ItemBody> = {};
  if (next.title !== item.title) patch.title = next.title;
  if (next.priority !== item.priority) patch.priority = next.priority;
  for (const f of TEXT_FIELDS) if (next[f] !== item[f]) patch[f] = next[f];
  if (!sameIds(next.criterionIds, item.criterionIds)) patch.criterionIds = next.criterionIds;
  return patch;
}
