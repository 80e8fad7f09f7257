// "Load example runs" twice at once, down to the database: the project is created once (its unique name), and
// the example phase once (createPhaseOnce locks the project's row before it looks for the title), with its
// items. PostgreSQL: two clients, as two server instances. SQLite: one (better-sqlite3 waits for a lock
// synchronously, so a second connection in this process would block the first one's transaction).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/support/databases';
import { openDatabase, type Database } from './client';
import { dbConfig } from './config';
import { ensureProject } from './project-write';
import { createPhaseOnce, getRoadmap } from './roadmap-store';

const item = (title: string) =>
  ({
    priority: 'high',
    title,
    problem: null,
    expectedImpact: null,
    owner: null,
    status: 'todo',
    notes: null,
  }) as const;
const PHASE = { title: 'Before the review', notes: null, items: [item('Pool'), item('Sessions'), item('Exports')] };

describe.each(['sqlite', 'postgresql'] as const)('%s', (provider) => {
  let t: TestDatabase;
  let other: Database;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    other = await openDatabase(dbConfig(t.url));
  });
  afterAll(async () => {
    await other?.prisma.$disconnect();
    await t?.drop();
  });

  test('six first callers at once: one project, one phase with its three items', async () => {
    const second = provider === 'postgresql' ? other.prisma : t.prisma;
    const clients = [t.prisma, second, t.prisma, second, t.prisma, second];
    const projectIds = await Promise.all(clients.map((db) => ensureProject(db, 'Swarmlens example')));
    expect(new Set(projectIds).size).toBe(1);
    const projectId = projectIds[0]!;
    const created = await Promise.all(clients.map((db) => createPhaseOnce(db, projectId, PHASE)));
    expect(created.filter((id) => id !== null)).toHaveLength(1);
    const { phases } = await getRoadmap(t.prisma, projectId);
    expect(phases.map((p) => [p.id, p.title, p.items.map((i) => i.title)])).toEqual([
      [created.find((id) => id !== null), 'Before the review', ['Pool', 'Sessions', 'Exports']],
    ]);
    expect(await createPhaseOnce(t.prisma, projectId, PHASE)).toBeNull();
  });
});
