// The repository explains itself: no comment or document points to material outside it (a format
// specification or contract "of the shared material", `../shared/…`, an absolute path on the author's
// machine), every `locust-formats §n.m` citation names a section docs/locust-formats.md has, and every
// `docs/NAME.md` named exists. Scans every source and document file, not node_modules, build output
// (.next*), generated code (lib/server/db/generated) or local data.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './support';

const SKIP_DIRS = new Set(['node_modules', '.git', 'data', 'coverage', 'test-results', 'playwright-report', 'tmp']);
const SKIP_PATHS = new Set(['lib/server/db/generated', '.ci/reports', '.bench']);
const TEXT = /\.(?:ts|tsx|mts|cts|mjs|cjs|js|md|py|sh|ya?ml|prisma|css|html?)$|^\.ci\/[^.]+$/;
const SELF = relative(ROOT, import.meta.filename);

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const rel = relative(ROOT, path);
    if (entry.isDirectory()) {
      const skip = SKIP_DIRS.has(entry.name) || entry.name.startsWith('.next') || SKIP_PATHS.has(rel);
      if (!skip) yield* sourceFiles(path);
    } else if (TEXT.test(rel) && rel !== SELF) yield rel;
  }
}

/** What points outside the repository, with the reason shown in a failure. */
const OUTSIDE: [RegExp, string][] = [
  [/shared material/i, '"the shared material"'],
  [/\.\.\/shared\b/, 'a ../shared path'],
  [/(?<![\w/.-])shared\/(?:docs|locust-formats|fixtures)\b/, 'a shared/ path'],
  [/\/work\/(?:shared|main|wt-)/, 'an absolute path on a work machine'],
  [/\bSPEC\.md\b/, 'SPEC.md (now docs/locust-formats.md)'],
  [/\bSPEC (?:\d|section)/, 'a SPEC section (now "locust-formats §n.m")'],
];

const files = [...sourceFiles(ROOT)];
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Section numbers of docs/locust-formats.md: "## 6. HTML report" -> 6, "### 6.2 Legacy tables" -> 6.2. */
const sections = new Set(
  [...read('docs/locust-formats.md').matchAll(/^#{2,4} (\d+(?:\.\d+)*)\.? /gm)].map((m) => m[1]!),
);

describe('the repository explains itself', () => {
  test('the scan reads the code and the documents', () => {
    expect(files).toEqual(expect.arrayContaining(['docs/contract.md', 'lib/domain/locust/README.md', 'cli/main.ts']));
    expect(files.some((f) => f.startsWith('node_modules/') || f.startsWith('lib/server/db/generated/'))).toBe(false);
    expect([...sections]).toEqual(expect.arrayContaining(['1.3', '3.3', '4.2', '6.6', '7.1', '9.8', '10']));
  });

  test('no file points to material outside the repository', () => {
    const found: string[] = [];
    for (const file of files) {
      const text = read(file);
      for (const [re, what] of OUTSIDE) {
        for (const m of text.matchAll(new RegExp(re.source, `${re.flags}g`))) {
          found.push(`${file}:${lineOf(text, m.index)}: ${what}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  test('every locust-formats § citation names a section of docs/locust-formats.md', () => {
    const missing: string[] = [];
    for (const file of files) {
      const text = read(file);
      for (const m of text.matchAll(/locust-formats(?:\.md)? §(\d+(?:\.\d+)*)(?:[–-](\d+(?:\.\d+)*))?/g)) {
        // "§9.8.4" is item 4 of §9.8; a range cites both ends.
        const cited = [m[1]!, m[2]].filter((s): s is string => s !== undefined);
        for (const c of cited) {
          const known = sections.has(c) || sections.has(c.split('.').slice(0, 2).join('.'));
          if (!known) missing.push(`${file}:${lineOf(text, m.index)}: §${c}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test('every docs/NAME.md named exists', () => {
    const missing = files.flatMap((file) =>
      [...read(file).matchAll(/\bdocs\/([\w-]+\.md)\b/g)]
        .filter((m) => !existsSync(join(ROOT, 'docs', m[1]!)))
        .map((m) => `${file}: docs/${m[1]}`),
    );
    expect(missing).toEqual([]);
  });
});
