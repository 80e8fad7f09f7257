// Pure parts of `npm run db:migration NAME` (scripts/db-migration.mjs).
import { describe, expect, it } from 'vitest';
import { hasStatements, migrationFolder, nameError, prisma6Schema, stamp } from '../../scripts/db-migration.mjs';

describe('nameError', () => {
  it.each([['run_notes'], ['a'], ['add_index_2'], ['x'.repeat(60)]])('accepts %s', (name) => {
    expect(nameError(name)).toBeNull();
  });
  it.each([
    [undefined],
    [''],
    ['Run_notes'],
    ['run-notes'],
    ['run notes'],
    ['_run'],
    ['run_'],
    ['run__notes'],
    ['2run'],
    ['../x'],
    ['x'.repeat(61)],
  ])('rejects %s', (name) => {
    expect(nameError(name)).toEqual(expect.any(String));
  });
});

describe('migration folder', () => {
  const now = new Date('2026-12-06T01:02:03.456Z');
  it('stamps in UTC, to the second', () => {
    expect(stamp(now)).toBe('20261206010203');
  });
  it.each([
    { existing: [], want: '20261206010203_run_notes' },
    { existing: ['20261126000000_init', 'migration_lock.toml'], want: '20261206010203_run_notes' },
    // a stamp ahead of the clock: one second after it, so the new folder still sorts last
    { existing: ['20261126000000_init', '20261215000000_run_file_sha256_index'], want: '20261215000001_run_notes' },
    { existing: ['20261231235959_end_of_year'], want: '20270101000000_run_notes' },
    { existing: ['20261206010203_same_second'], want: '20261206010204_run_notes' },
  ])('$existing -> $want', ({ existing, want }) => {
    expect(migrationFolder(existing, now, 'run_notes')).toBe(want);
    expect(
      [...existing, want]
        .filter((n) => /^\d/.test(n))
        .sort()
        .at(-1),
    ).toBe(want);
  });
});

describe('prisma6Schema', () => {
  const schema = [
    'generator client {',
    '  provider = "prisma-client"',
    '  output   = "../../lib/server/db/generated/sqlite"',
    '}',
    '',
    'datasource db {',
    '  provider = "sqlite"',
    '}',
    '',
  ].join('\n');
  it('uses prisma-client-js, drops the output, adds the url', () => {
    expect(prisma6Schema(schema, 'file:./scratch.db')).toBe(
      [
        'generator client {',
        '  provider = "prisma-client-js"',
        '}',
        '',
        'datasource db {',
        '  provider = "sqlite"',
        '  url      = "file:./scratch.db"',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('hasStatements', () => {
  it.each([
    ['', false],
    ['-- This is an empty migration.\n', false],
    ['-- AlterTable\nALTER TABLE "project" ADD COLUMN "x" TEXT;\n', true],
  ])('%j -> %s', (sql, want) => {
    expect(hasStatements(sql)).toBe(want);
  });
});
