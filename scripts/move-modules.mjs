// Moves source files or folders and rewrites every import of them across the repository, so a regroup of lib/
// is one reviewed mapping instead of hand edits. Usage: node scripts/move-modules.mjs MAP.json [--dry-run]
// MAP.json: [["lib/report/markdown.ts", "lib/domain/report/markdown.ts"], ["lib/db", "lib/server/db"], …]
// (a folder moves with everything in it). Rewritten: static and dynamic imports, re-exports, vi.mock() and
// vi.importActual() paths, in .ts/.tsx/.mts/.mjs/.js files; `@/` specifiers stay `@/`, relative ones stay
// relative, extensions kept as written. Paths written out in comments and Markdown (lib/x/y.ts) are updated too.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', '.git', 'generated', 'data', 'test-results', 'fixtures']);
const CODE = /\.(ts|tsx|mts|mjs|js|cjs)$/;
const TEXT = /\.(ts|tsx|mts|mjs|js|cjs|md|json|css)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '.d.mts', '/index.ts', '/index.tsx'];
// One alternation per syntax; the specifier is group 2 (quote in group 1). Linear: no nested quantifiers.
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*|\bimportActual(?:<[^>]*>)?\(\s*)(['"])([^'"\n]+)\1/g;

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('.next')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const rel = (p) => relative(ROOT, p).split(sep).join('/');

function expandMap(pairs) {
  const moves = new Map();
  for (const [from, to] of pairs) {
    const src = join(ROOT, from);
    if (!existsSync(src)) throw new Error(`nothing at ${from}`);
    if (statSync(src).isDirectory()) {
      // Tracked files only: generated and ignored files stay (regenerate them where they now belong).
      const tracked = execFileSync('git', ['ls-files', '-z', '--', from], { cwd: ROOT, encoding: 'utf8' });
      for (const name of tracked.split('\0').filter(Boolean)) {
        const file = join(ROOT, name);
        moves.set(file, join(ROOT, to, relative(src, file)));
      }
    } else moves.set(src, join(ROOT, to));
  }
  return moves;
}

function resolveSpecifier(fromFile, spec) {
  let base;
  if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(fromFile), spec);
  else return null;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return { file: candidate, ext };
  }
  if (base.endsWith('.js')) {
    const ts = base.slice(0, -3) + '.ts';
    if (existsSync(ts)) return { file: ts, ext: '.js>ts' };
  }
  return null;
}

function specifierFor(newFrom, newTarget, original, ext) {
  let target = newTarget;
  if (ext === '.js>ts') target = target.slice(0, -3) + '.js';
  else if (ext && target.endsWith(ext)) target = target.slice(0, -ext.length);
  if (original.startsWith('@/')) return '@/' + rel(target);
  let path = relative(dirname(newFrom), target).split(sep).join('/');
  if (!path.startsWith('.')) path = './' + path;
  return path;
}

const [mapFile, flag] = process.argv.slice(2);
const dryRun = flag === '--dry-run';
const moves = expandMap(JSON.parse(readFileSync(mapFile, 'utf8')));
const newPath = (file) => moves.get(file) ?? file;
const prose = JSON.parse(readFileSync(mapFile, 'utf8'))
  .map(([from, to]) => (statSync(join(ROOT, from)).isDirectory() ? [`${from}/`, `${to}/`] : [from, to]))
  .sort((a, b) => b[0].length - a[0].length);
const changed = [];
for (const file of walk(ROOT)) {
  if (!TEXT.test(file)) continue;
  const text = readFileSync(file, 'utf8');
  let out = text;
  if (CODE.test(file)) {
    out = out.replace(SPECIFIER, (match, quote, spec) => {
      const target = resolveSpecifier(file, spec);
      if (!target) return match;
      const moved = moves.has(target.file) || moves.has(file);
      if (!moved) return match;
      const next = specifierFor(newPath(file), newPath(target.file), spec, target.ext);
      return match.replace(`${quote}${spec}${quote}`, `${quote}${next}${quote}`);
    });
  }
  // Paths written out in prose (comments, Markdown): the longest first; a folder as `lib/server/db/`.
  for (const [from, to] of prose) {
    if (out.includes(from)) out = out.split(from).join(to);
  }
  if (out !== text) changed.push([file, out]);
}
console.log(`${moves.size} files move; ${changed.length} files rewritten`);
if (dryRun) process.exit(0);
for (const [file, out] of changed) writeFileSync(file, out);
for (const [from, to] of moves) {
  mkdirSync(dirname(to), { recursive: true });
  execFileSync('git', ['mv', from, to], { cwd: ROOT });
}
