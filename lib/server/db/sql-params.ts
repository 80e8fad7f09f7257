// Parameters of raw SQL written the way Prisma's client writes the same columns, so rows from either read alike.
import { Prisma } from './generated/sqlite/client';

export type Provider = 'sqlite' | 'postgresql';

/** A JSON column's value: text in SQLite, jsonb in PostgreSQL. */
export const jsonParam = (provider: Provider, value: unknown) =>
  provider === 'sqlite' ? Prisma.sql`${JSON.stringify(value)}` : Prisma.sql`CAST(${JSON.stringify(value)} AS jsonb)`;

/** A DateTime: ISO 8601 with +00:00 in SQLite (Prisma's text), a timestamp in PostgreSQL. */
export const timeParam = (provider: Provider, at: Date) =>
  provider === 'sqlite' ? Prisma.sql`${at.toISOString().replace('Z', '+00:00')}` : Prisma.sql`${at}`;
