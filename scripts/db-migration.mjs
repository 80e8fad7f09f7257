#!/usr/bin/env node
// `npm run db:migration NAME`: writes prisma/<provider>/migrations/<timestamp>_NAME/migration.sql for
// SQLite and PostgreSQL from the change of prisma/sqlite/schema.prisma since the last migration, then
// runs `npm run db:sync-schemas`.
//
// "Since the last migration" = the schema in the git commit that last touched
// prisma/sqlite/migrations (every migration is committed with its schema change). That holds whether
// the schema edit is committed yet or not; uncommitted migration folders are refused, since they would
// make that commit stale. (Prisma's --from-migrations needs a shadow database, which its JS schema
// engine cannot provide for SQLite, so the diff is datamodel to datamodel.)
//
// The diff uses Prisma 6.19's CLI with the JS schema engine (works offline once installed; Prisma 7's
// migrate needs a binary engine that cannot be downloaded here), installed on first use into
// node_modules/.cache/swarmlens-migrate (or SWARMLENS_MIGRATE_CACHE). The PostgreSQL diff needs a
// reachable server: SWARMLENS_MIGRATE_PG_URL, default postgresql://postgres@127.0.0.1:5432/postgres
// (nothing is written to it).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresSchemaFrom } from './db-sync-schemas.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PRISMA6 = '6.19.3';
const PACKAGES = [
  `prisma@${PRISMA6}`,
  `@prisma/adapter-better-sqlite3@${PRISMA6}`,
  `@prisma/adapter-pg@${PRISMA6}`,
  'better-sqlite3@12',
  'pg@8',
];
const PG_URL = process.env.SWARMLENS_MIGRATE_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const PROVIDERS = ['sqlite', 'postgresql'];

/** Error message for an invalid migration name, or null: lower-case words joined by '_', <= 60 chars. */
export function nameError(name) {
  if (typeof name !== 'string' || name === '') return 'usage: npm run db:migration NAME (e.g. run_notes)';
  if (name.length > 60) return `migration name too long (${name.length} > 60 characters)`;
  if (!/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(name)) {
    return `migration name "${name}": use lower_snake_case (a-z, 0-9, _)`;
  }
  return null;
}

/** UTC YYYYMMDDHHMMSS of a Date. */
export function stamp(date) {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/**
 * Folder name `<timestamp>_<name>`: now (UTC), or one second after the newest existing migration
 * when that is not earlier (some stamps are ahead of the clock), so the new one always sorts last.
 */
export function migrationFolder(existing, now, name) {
  const stamps = existing
    .map((n) => n.slice(0, 14))
    .filter((s) => /^\d{14}$/.test(s))
    .sort();
  const last = stamps.at(-1);
  let t = now;
  if (last !== undefined && stamp(now) <= last) {
    const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((i) => last.slice(i, i + (i === 0 ? 4 : 2)));
    t = new Date(Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`) + 1000);
  }
  return `${stamp(t)}_${name}`;
}

/** A Prisma 7 schema as Prisma 6 wants it: prisma-client-js, no output, a url in the datasource. */
export function prisma6Schema(schema, url) {
  return schema
    .replace(/provider\s*=\s*"prisma-client"/, 'provider = "prisma-client-js"')
    .replace(/^[ \t]*output[ \t]*=.*\n/m, '')
    .replace(/(datasource db \{\n\s*provider\s*=\s*"\w+"\n)/, `$1  url      = "${url}"\n`);
}

/** True when the SQL holds a statement (not only comments and blank lines). */
export const hasStatements = (sql) => sql.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('--'));

function fail(message) {
  console.error(`db:migration: ${message}`);
  process.exit(1);
}

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return fail(`git ${args[0]} failed (a git checkout is needed to find the last migration's schema): ${e.message}`);
  }
}

function oldSchema() {
  const dirs = PROVIDERS.map((p) => `prisma/${p}/migrations`);
  const dirty = git('status', '--porcelain', '--untracked-files=all', '--', ...dirs);
  if (dirty.trim()) fail(`commit or remove the uncommitted migrations first:\n${dirty}`);
  const commit = git('log', '-1', '--format=%H', '--', 'prisma/sqlite/migrations').trim();
  if (!commit) fail('no committed migration found in prisma/sqlite/migrations');
  return { commit, schema: git('show', `${commit}:prisma/sqlite/schema.prisma`) };
}

function ensurePrisma6(cache) {
  const pkg = join(cache, 'node_modules/prisma/package.json');
  if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).version === PRISMA6) return;
  console.log(`Installing Prisma ${PRISMA6} (JS schema engine) into ${cache} (first use only)...`);
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, 'package.json'), '{ "name": "swarmlens-migrate", "private": true }\n');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', ...PACKAGES], { cwd: cache, stdio: 'inherit' });
  if (r.status !== 0) fail(`could not install ${PACKAGES.join(' ')} into ${cache}: the npm registry is needed once.`);
}

/** prisma.config.ts for the diff: the JS schema engine over a driver adapter. */
function prismaConfig(provider, url) {
  const adapter =
    provider === 'sqlite'
      ? [`import { PrismaBetterSQLite3 as A } from '@prisma/adapter-better-sqlite3';`, `({ url: '${url}' })`]
      : [`import { PrismaPg as A } from '@prisma/adapter-pg';`, `({ connectionString: '${url}' })`];
  return [
    "import { defineConfig } from 'prisma/config';",
    adapter[0],
    `const adapter = async () => new A${adapter[1]};`,
    "export default defineConfig({ experimental: { adapter: true }, engine: 'js', adapter });",
    '',
  ].join('\n');
}

/** `prisma migrate diff --script` from one schema to the other, in a scratch folder under the cache. */
function diff(cache, provider, from, to) {
  const dir = mkdtempSync(join(cache, `diff-${provider}-`));
  let r;
  try {
    // SQLite: a fresh, empty scratch file (the engine fails on a populated one).
    const url = provider === 'sqlite' ? 'file:./scratch.db' : PG_URL;
    writeFileSync(join(dir, 'prisma.config.ts'), prismaConfig(provider, url));
    writeFileSync(join(dir, 'from.prisma'), prisma6Schema(from, url));
    writeFileSync(join(dir, 'to.prisma'), prisma6Schema(to, url));
    const bin = join(cache, 'node_modules/.bin/prisma');
    const args = ['migrate', 'diff', '--config', 'prisma.config.ts', '--script'];
    args.push('--from-schema-datamodel', 'from.prisma', '--to-schema-datamodel', 'to.prisma');
    // Any existing file stops the CLI from downloading binary engines it does not use here.
    const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false' };
    env.PRISMA_QUERY_ENGINE_LIBRARY = '/bin/false';
    r = spawnSync(bin, args, { cwd: dir, env, encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (r.status !== 0) {
    const hint = provider === 'postgresql' ? ` (is PostgreSQL answering at ${PG_URL}? SWARMLENS_MIGRATE_PG_URL)` : '';
    fail(`prisma migrate diff failed for ${provider}${hint}:\n${r.stderr || r.stdout}`);
  }
  return r.stdout;
}

function main(name) {
  const error = nameError(name);
  if (error) fail(error);
  const { commit, schema: before } = oldSchema();
  const after = readFileSync(join(root, 'prisma/sqlite/schema.prisma'), 'utf8');
  if (before === after) fail(`prisma/sqlite/schema.prisma is unchanged since migration commit ${commit.slice(0, 8)}`);
  const cache = process.env.SWARMLENS_MIGRATE_CACHE ?? join(root, 'node_modules/.cache/swarmlens-migrate');
  ensurePrisma6(cache);
  const sql = {
    sqlite: diff(cache, 'sqlite', before, after),
    postgresql: diff(cache, 'postgresql', postgresSchemaFrom(before), postgresSchemaFrom(after)),
  };
  for (const p of PROVIDERS) if (!hasStatements(sql[p])) fail(`the ${p} diff is empty: nothing to migrate`);
  const existing = PROVIDERS.flatMap((p) => readdirSync(join(root, 'prisma', p, 'migrations')));
  const folder = migrationFolder(existing, new Date(), name);
  for (const p of PROVIDERS) {
    const dir = join(root, 'prisma', p, 'migrations', folder);
    mkdirSync(dir);
    writeFileSync(join(dir, 'migration.sql'), sql[p]);
    console.log(`wrote prisma/${p}/migrations/${folder}/migration.sql`);
  }
  const sync = spawnSync('npm', ['run', 'db:sync-schemas'], { cwd: root, stdio: 'inherit' });
  if (sync.status !== 0) fail('npm run db:sync-schemas failed');
  console.log('Review both migration.sql files, then run the database tests (npx vitest run lib/server/db).');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv[2]);
