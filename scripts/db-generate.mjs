#!/usr/bin/env node
// Generates both Prisma clients (SQLite and PostgreSQL) into lib/server/db/generated/. Runs on
// `npm install`. Prisma 7's CLI first tries to download a schema engine that generation does not
// use; where it cannot (offline machines), pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing
// file lets `prisma generate` run.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= '/bin/false';
for (const provider of ['sqlite', 'postgresql']) {
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/prisma/build/index.js'), 'generate', '--schema', `prisma/${provider}/schema.prisma`],
    {
      cwd: root,
      env,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
