// The progress line above the checklist: "7 of 22 items done · 3 verified by runs".
import type { ItemVerification, Roadmap } from '../../domain/roadmap/types';
import { countWords } from './labels';
import { itemDisplay } from './item-display';

export interface RoadmapProgress {
  total: number;
  /** Ticked: done or verified, by people or by a run. */
  done: number;
  /** Verified by the latest judged run. */
  verified: number;
  /** Verified by a run once, broken again by a later one. */
  regressed: number;
  /** Items with linked criteria, which runs can verify. */
  linked: number;
}

export function roadmapProgress(
  roadmap: Roadmap,
  verification: Readonly<Record<string, ItemVerification>>,
): RoadmapProgress {
  const p: RoadmapProgress = { total: 0, done: 0, verified: 0, regressed: 0, linked: 0 };
  for (const item of roadmap.phases.flatMap((phase) => phase.items)) {
    const v = verification[item.id];
    p.total++;
    if (itemDisplay(item, v).checked) p.done++;
    if (v && v.state !== 'unlinked') p.linked++;
    if (v?.state === 'verified') p.verified++;
    if (v?.state === 'regressed') p.regressed++;
  }
  return p;
}

/** "7 of 22 items done · 3 verified by runs · 1 broken again"; the run parts only when items link criteria. */
export function progressText(p: RoadmapProgress): string {
  const parts = [`${p.done} of ${countWords(p.total, 'item')} done`];
  if (p.linked > 0) parts.push(`${p.verified} verified by ${p.verified === 1 ? 'a run' : 'runs'}`);
  if (p.regressed > 0) parts.push(`${p.regressed} broken again`);
  return parts.join(' · ');
}
