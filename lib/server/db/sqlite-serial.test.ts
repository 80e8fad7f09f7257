// SQLite's one connection per process: statements outside a transaction wait for the open one.
import { describe, expect, test } from 'vitest';
import { freshDatabase } from '../../../test/support/databases';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a statement outside a transaction, while one is open on the same SQLite connection', () => {
  test.each([
    ['commits', true],
    ['rolls back', false],
  ])(
    'the transaction %s: the outside read never sees its uncommitted rows, the outside write is kept',
    async (_, commits) => {
      const db = await freshDatabase('sqlite');
      try {
        // The outside statements start once the transaction holds its row (not after a fixed pause, which a
        // loaded machine can outlast before the transaction even begins).
        let created!: () => void;
        const inside = new Promise<void>((resolve) => (created = resolve));
        const tx = db.prisma
          .$transaction(async (t) => {
            await t.project.create({ data: { id: 'prj_inside', name: 'inside' } });
            created();
            await pause(200);
            if (!commits) throw new Error('roll back');
          })
          .catch(() => undefined);
        await inside;
        const seen = await db.prisma.project.findMany({ select: { name: true } });
        await db.prisma.project.create({ data: { id: 'prj_outside', name: 'outside' } });
        await tx;
        expect(seen.map((p) => p.name)).toEqual(commits ? ['inside'] : []);
        const after = await db.prisma.project.findMany({ select: { name: true }, orderBy: { name: 'asc' } });
        expect(after.map((p) => p.name)).toEqual(commits ? ['inside', 'outside'] : ['outside']);
      } finally {
        await db.drop();
      }
    },
  );
});
