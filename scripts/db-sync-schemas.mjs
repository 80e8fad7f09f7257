#!/usr/bin/env node
// Derives prisma/postgresql/schema.prisma from prisma/sqlite/schema.prisma (the source):
// the models are identical, only the provider and the client output folder differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function postgresSchemaFrom(sqliteSchema) {
  return sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace(
      'output   = "../../lib/server/db/generated/sqlite"',
      'output   = "../../lib/server/db/generated/postgresql"',
    )
    .replace(
      '// Swarmlens data model.',
      '// GENERATED from prisma/sqlite/schema.prisma by scripts/db-sync-schemas.mjs: do not edit.\n' +
        '// Swarmlens data model.',
    );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = readFileSync(join(root, 'prisma/sqlite/schema.prisma'), 'utf8');
  writeFileSync(join(root, 'prisma/postgresql/schema.prisma'), postgresSchemaFrom(source));
  console.log('prisma/postgresql/schema.prisma written');
}
