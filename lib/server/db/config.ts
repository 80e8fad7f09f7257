// Which database: DATABASE_URL's scheme picks SQLite (`file:`, the default) or PostgreSQL.
import { isAbsolute, join } from 'node:path';

export type DbProvider = 'sqlite' | 'postgresql';

/** Embedded default: a SQLite file under ./data, created on first start. */
export const DEFAULT_DATABASE_URL = 'file:./data/swarmlens.db';

export interface DbConfig {
  provider: DbProvider;
  url: string;
  /** Absolute SQLite file path (sqlite only). */
  sqlitePath: string | null;
}

export function dbConfig(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): DbConfig {
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', url, sqlitePath: null };
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    return {
      provider: 'sqlite',
      url,
      sqlitePath:
        path === ':memory:' ? path : isAbsolute(path) ? path : join(/* turbopackIgnore: true */ process.cwd(), path),
    };
  }
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url.split(':')[0]}:..."`,
  );
}

/** Folder of the SQL migrations for a provider (Prisma's layout: <timestamp>_<name>/migration.sql). */
export function migrationsDir(provider: DbProvider): string {
  return (
    process.env.SWARMLENS_MIGRATIONS_DIR ??
    join(/* turbopackIgnore: true */ process.cwd(), 'prisma', provider, 'migrations')
  );
}
