// The roadmap on a slide: progress per phase, and the items still open, most urgent first.
import { itemDisplay, type RunLabels } from '../roadmap/item-display';
import { roadmapProgress } from '../roadmap/progress';
import { PRIORITIES, type Priority } from '../../domain/roadmap/types';
import type { RoadmapView } from '../../domain/shapes/roadmap-view';

export const OPEN_ITEMS = 8;

export interface PhaseProgress {
  id: string;
  title: string;
  done: number;
  total: number;
}

export interface OpenItem {
  id: string;
  title: string;
  phase: string;
  priority: Priority;
  /** What later runs say ("Not met yet", "Broken again by …"); null for items without linked criteria. */
  verification: string | null;
  regressed: boolean;
}

export function phaseProgress(view: Pick<RoadmapView, 'roadmap' | 'verification'>): PhaseProgress[] {
  return view.roadmap.phases.map((p) => ({
    id: p.id,
    title: p.title,
    ...roadmapProgress({ phases: [p] }, view.verification),
  }));
}

/**
 * Items still open (not ticked by people nor verified by a run) or broken again by a later run even
 * when ticked: broken-again first, then by
 * priority (critical first), then in roadmap order; `total` counts them all, `items` holds `count`.
 */
export function openItems(
  view: Pick<RoadmapView, 'roadmap' | 'verification'>,
  labels: RunLabels = {},
  count = OPEN_ITEMS,
): { items: OpenItem[]; total: number } {
  const open = view.roadmap.phases.flatMap((phase) =>
    phase.items.flatMap((item) => {
      const v = view.verification[item.id];
      const { checked, badge } = itemDisplay(item, v, labels);
      if (checked && badge?.kind !== 'regressed') return [];
      return [
        {
          id: item.id,
          title: item.title,
          phase: phase.title,
          priority: item.priority,
          verification: badge?.text ?? null,
          regressed: badge?.kind === 'regressed',
        },
      ];
    }),
  );
  const rank = (i: OpenItem) => (i.regressed ? -1 : PRIORITIES.indexOf(i.priority));
  const sorted = open
    .map((item, order) => ({ item, order }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.order - b.order);
  return { items: sorted.slice(0, count).map((x) => x.item), total: open.length };
}
