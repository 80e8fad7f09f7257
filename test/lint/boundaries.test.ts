// The lint gate bites: a small tree that breaks every layer rule of .dependency-cruiser.cjs is reported rule by
// rule, and each ESLint ban of eslint.config.mjs reports a file that breaks it (and spares the one allowed place).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** file -> source; each file breaks (at least) the rule named in VIOLATIONS. */
const TREE: Record<string, string> = {
  'lib/server/db/store.ts': 'export const store = 1;\n',
  'lib/domain/pure/imports-server.ts': "import { store } from '../../server/db/store';\nexport const a = store;\n",
  'lib/domain/pure/reads-files.ts': "import { readFileSync } from 'node:fs';\nexport const b = readFileSync;\n",
  'lib/domain/pure/uses-react.ts': "import { useState } from 'react';\nexport const c = useState;\n",
  'lib/view/page/reads-db.ts': "import { store } from '../../server/db/store';\nexport const d = store;\n",
  'lib/domain/ring/first.ts': "import { second } from './second';\nexport const first = () => second;\n",
  'lib/domain/ring/second.ts': "import { first } from './first';\nexport const second = () => first;\n",
  'lib/domain/left/start.ts': "import { middle } from '../right/middle';\nexport const start = middle;\n",
  'lib/domain/right/middle.ts': "import { end } from '../left/end';\nexport const middle = end;\n",
  'lib/domain/left/end.ts': 'export const end = 1;\n',
  'components/widget/reads-server.ts': "import { store } from '../../lib/server/db/store';\nexport const e = store;\n",
  'app/page/prisma.ts': "import { Prisma } from '@prisma/client';\nexport const f = Prisma;\n",
};

const VIOLATIONS: [rule: string, from: string][] = [
  ['domain-is-pure', 'lib/domain/pure/imports-server.ts'],
  ['domain-has-no-framework', 'lib/domain/pure/reads-files.ts'],
  ['domain-has-no-framework-packages', 'lib/domain/pure/uses-react.ts'],
  ['view-has-no-server', 'lib/view/page/reads-db.ts'],
  ['no-cycle', 'lib/domain/ring/first.ts'],
  ['no-folder-cycle', 'lib/domain/left'],
  ['components-use-no-server', 'components/widget/reads-server.ts'],
  ['prisma-only-in-db', 'app/page/prisma.ts'],
];

let dir = '';
let report = '';
let status: number | null = null;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'swarmlens-layers-'));
  for (const [file, source] of Object.entries(TREE)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), source);
  }
  copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { moduleResolution: 'Bundler', module: 'ESNext' } }),
  );
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const cli = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const run = spawnSync(
    process.execPath,
    [cli, 'lib', 'components', 'app', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
    { cwd: dir, encoding: 'utf8' },
  );
  report = run.stdout + run.stderr;
  status = run.status;
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('dependency-cruiser reports each layer rule', () => {
  test('the cruise fails', () => expect(status, report).not.toBe(0));
  test.each(VIOLATIONS)('%s: %s', (rule, from) => {
    const lines = report.split('\n').filter((l) => l.includes(`error ${rule}:`));
    expect(
      lines.some((l) => l.includes(from)),
      `${rule} on ${from} in:\n${report}`,
    ).toBe(true);
  });
});

describe('ESLint reports each ban', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const lint = async (filePath: string, code: string) =>
    (await eslint.lintText(code, { filePath: join(ROOT, filePath) }))[0]!.messages.map((m) => m.ruleId);
  /** One line of `length` characters: `export const s = 'xx…x';`. */
  const lineOf = (length: number) => `export const s = '${'x'.repeat(length - 20)}';\n`;

  test.each([
    [
      'a component calling fetch',
      'components/widget/load.ts',
      "export const load = () => fetch('/api/runs');\n",
      'no-restricted-syntax',
    ],
    [
      'a component calling window.fetch',
      'components/widget/load.ts',
      "export const load = () => window.fetch('/x');\n",
      'no-restricted-syntax',
    ],
    [
      'a double cast',
      'lib/domain/format/cast.ts',
      'export const n = (x: string) => x as unknown as number;\n',
      'no-restricted-syntax',
    ],
    [
      'Prisma outside lib/server/db',
      'lib/server/services/raw.ts',
      "import { Prisma } from '@prisma/client';\nexport const p = Prisma;\n",
      'no-restricted-imports',
    ],
    [
      'the generated client outside lib/server/db',
      'app/api/raw/route.ts',
      "import { PrismaClient } from '@/lib/server/db/generated/sqlite/client';\nexport const c = PrismaClient;\n",
      'no-restricted-imports',
    ],
    ['a 121-character line', 'lib/domain/format/long.ts', lineOf(121), 'max-len'],
    ['a 121-character line in a test', 'lib/domain/format/long.test.ts', lineOf(121), 'max-len'],
  ])(
    '%s',
    async (_, file, code, rule) => {
      expect(await lint(file, code)).toContain(rule);
    },
    30_000,
  );

  test('the API client may call fetch', async () => {
    expect(await lint('components/api/raw.ts', "export const get = () => fetch('/api/runs');\n")).toEqual([]);
  }, 30_000);

  test('a 120-character line passes', async () => {
    expect(lineOf(120).trimEnd()).toHaveLength(120);
    expect(await lint('lib/domain/format/long.ts', lineOf(120))).toEqual([]);
  }, 30_000);
});
