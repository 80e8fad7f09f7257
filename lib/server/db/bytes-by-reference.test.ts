// Byte parameters passed by reference reach the driver as they are, in the caller's transaction, on both databases.
import { describe, expect, test } from 'vitest';
import { freshDatabase } from '../../../test/support/databases';
import { resolveReferences, withBytesByReference } from './bytes-by-reference';

/** Every byte value, a NUL-led run and text that is not UTF-8: what base64 or text handling would break. */
const BLOBS: [string, Uint8Array][] = [
  ['every byte value', Uint8Array.from({ length: 512 }, (_, i) => i % 256)],
  ['empty', new Uint8Array(0)],
  ['NUL first, then the reference prefix as bytes', new Uint8Array(Buffer.from('\u0000swarmlens-bytes:x'))],
  ['4 MiB', Uint8Array.from({ length: 4 << 20 }, (_, i) => (i * 2654435761) >>> 24)],
];

describe('resolveReferences', () => {
  test('a query without references is returned as it is; plain text that resembles one is not touched', () => {
    const query = { sql: 'SELECT ?', args: ['swarmlens-bytes:1', 3, null] };
    expect(resolveReferences(query)).toBe(query);
  });

  test('a reference used after its scope is an error, never bound as text', async () => {
    const ref = await withBytesByReference([new Uint8Array([1])], async ([r]) => r!);
    expect(() => resolveReferences({ sql: 'SELECT ?', args: [ref] })).toThrow(/outside withBytesByReference/);
  });

  test('inside the scope each reference becomes its bytes, in order', async () => {
    const a = new Uint8Array([1, 2]);
    const b = new Uint8Array([3]);
    await withBytesByReference([a, b], async (refs) => {
      const out = resolveReferences({ sql: 'x', args: ['k', refs[1], refs[0]] });
      expect(out.args).toEqual(['k', b, a]);
    });
  });
});

describe.each(['sqlite', 'postgresql'] as const)('%s: bytes by reference', (provider) => {
  test('stored byte for byte in the transaction that wrote them; gone when it rolls back', async () => {
    const db = await freshDatabase(provider);
    try {
      const blobType = provider === 'sqlite' ? 'BLOB' : 'BYTEA';
      await db.prisma.$queryRawUnsafe(`CREATE TABLE "blob_probe" ("id" TEXT PRIMARY KEY, "data" ${blobType})`);
      const write = (id: string, blob: Uint8Array) =>
        db.prisma.$transaction(async (tx) => {
          const insert = (ref: string | undefined) => tx.$executeRaw`INSERT INTO "blob_probe" VALUES (${id}, ${ref})`;
          await withBytesByReference([blob], ([ref]) => insert(ref));
          if (id.startsWith('rollback')) throw new Error('roll back');
        });
      for (const [name, blob] of BLOBS) {
        await write(name, blob);
        await expect(write(`rollback ${name}`, blob)).rejects.toThrow('roll back');
      }
      const rows = await db.prisma.$queryRawUnsafe<{ id: string; data: Uint8Array }[]>(
        'SELECT "id", "data" FROM "blob_probe" ORDER BY "id"',
      );
      expect(rows.map((r) => r.id)).toEqual(BLOBS.map(([name]) => name).sort());
      for (const [name, blob] of BLOBS) {
        const back = rows.find((r) => r.id === name)!.data;
        expect(Buffer.from(back).equals(Buffer.from(blob)), name).toBe(true);
      }
    } finally {
      await db.drop();
    }
  });
});
