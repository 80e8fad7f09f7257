// Normal form of a roadmap draft, shared by export and import: titles single-line and trimmed (empty ->
// "Untitled phase" / "Untitled item"); text fields trimmed with "\n" line ends, "" -> null.
// markdownToRoadmap(roadmapToMarkdown(d)) equals normaliseRoadmapDraft(d) for every draft d.
import type { RoadmapDraft, RoadmapItemDraft } from './types';

export const UNTITLED_PHASE = 'Untitled phase';
export const UNTITLED_ITEM = 'Untitled item';

export function normaliseTitle(title: string, fallback: string): string {
  return title.replace(/\r\n|\r|\n/g, ' ').trim() || fallback;
}

export function normaliseText(text: string | null): string | null {
  if (text === null) return null;
  return text.replace(/\r\n?/g, '\n').trim() || null;
}

/** The draft fields only (ids and links dropped), in normal form. */
export function normaliseItem(item: RoadmapItemDraft): RoadmapItemDraft {
  return {
    priority: item.priority,
    title: normaliseTitle(item.title, UNTITLED_ITEM),
    problem: normaliseText(item.problem),
    expectedImpact: normaliseText(item.expectedImpact),
    owner: normaliseText(item.owner),
    status: item.status,
    notes: normaliseText(item.notes),
  };
}

/** What markdownToRoadmap(roadmapToMarkdown(draft)) returns. */
export function normaliseRoadmapDraft(draft: RoadmapDraft): RoadmapDraft {
  return {
    phases: draft.phases.map((phase) => ({
      title: normaliseTitle(phase.title, UNTITLED_PHASE),
      notes: normaliseText(phase.notes),
      items: phase.items.map(normaliseItem),
    })),
  };
}
