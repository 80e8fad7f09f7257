// Which project(s) a request acts on, for per-project roles: the projects of runs, criteria sets,
// roadmap phases and items, share links, webhooks, change points, baseline rules. Unknown ids resolve to nothing
// (the service answers 404).
import type { Db } from './client';

export type ProjectTarget =
  | { project: string }
  | { runs: readonly string[] }
  | { criteriaSet: string }
  | { phase: string }
  | { item: string }
  | { share: string }
  | { webhook: string }
  | { changePoint: string }
  | { baselineRule: string };

/** The projects `target` belongs to; `isNew` when it names a project that does not exist yet. */
export async function projectsOf(db: Db, target: ProjectTarget): Promise<{ ids: string[]; isNew: boolean }> {
  if ('project' in target) {
    const p = await db.project.findFirst({
      where: { OR: [{ id: target.project }, { name: target.project }] },
      select: { id: true },
    });
    return p ? { ids: [p.id], isNew: false } : { ids: [], isNew: true };
  }
  if ('runs' in target) {
    const rows = await db.run.findMany({ where: { id: { in: [...target.runs] } }, select: { projectId: true } });
    return { ids: unique(rows.map((r) => r.projectId)), isNew: false };
  }
  if ('criteriaSet' in target) {
    const s = await db.criteriaSet.findUnique({ where: { id: target.criteriaSet }, select: { projectId: true } });
    return { ids: s ? [s.projectId] : [], isNew: false };
  }
  if ('phase' in target) {
    const p = await db.roadmapPhase.findUnique({ where: { id: target.phase }, select: { projectId: true } });
    return { ids: p ? [p.projectId] : [], isNew: false };
  }
  if ('item' in target) {
    const i = await db.roadmapItem.findUnique({
      where: { id: target.item },
      select: { phase: { select: { projectId: true } } },
    });
    return { ids: i ? [i.phase.projectId] : [], isNew: false };
  }
  if ('baselineRule' in target) {
    const r = await db.baselineRule.findUnique({ where: { id: target.baselineRule }, select: { projectId: true } });
    return { ids: r ? [r.projectId] : [], isNew: false };
  }
  if ('changePoint' in target) {
    const c = await db.changePoint.findUnique({ where: { id: target.changePoint }, select: { projectId: true } });
    return { ids: c ? [c.projectId] : [], isNew: false };
  }
  if ('webhook' in target) {
    const w = await db.webhook.findUnique({ where: { id: target.webhook }, select: { projectId: true } });
    return { ids: w ? [w.projectId] : [], isNew: false };
  }
  const s = await db.share.findUnique({ where: { id: target.share }, select: { projectId: true, runIds: true } });
  if (!s) return { ids: [], isNew: false };
  if (s.projectId) return { ids: [s.projectId], isNew: false };
  const runIds = Array.isArray(s.runIds) ? s.runIds.filter((r): r is string => typeof r === 'string') : [];
  return projectsOf(db, { runs: runIds });
}

const unique = (xs: string[]) => [...new Set(xs)];
