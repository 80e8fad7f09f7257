// Query plans of the SQL that pages send (captured by capture-queries.ts): SQLite's EXPLAIN QUERY
// PLAN (better-sqlite3 on the bench file) and PostgreSQL's EXPLAIN (ANALYZE, BUFFERS) after ANALYZE.
// Each plan is summarised as the indexes it uses and the tables it reads in full.
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import pg from 'pg';
import { root } from './app-server.mjs';

/** The page -> SQL the services behind the pages send for this project, in order. */
export function captureQueries(databaseUrl, projectId) {
  const r = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'bench/support/capture-queries.ts', projectId],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  if (r.status !== 0) throw new Error(`capture-queries failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** "IN (?,?,?,…)" with 1,000 placeholders -> "IN (…1000 params)" for printing. */
export const shortSql = (sql) =>
  sql.replace(/(\?|\$\d+)(,\s*(\?|\$\d+)){4,}/g, (m) => `…${m.split(',').length} params`);

/** Transaction control (a snapshot read's BEGIN and COMMIT) has no plan: PostgreSQL cannot EXPLAIN it. */
const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET TRANSACTION)\b/i;

/** Distinct statements (placeholder lists collapsed), with the pages that send them. */
function distinct(captured) {
  const byKey = new Map();
  for (const q of captured) {
    if (TRANSACTION_CONTROL.test(q.sql)) continue;
    const key = shortSql(q.sql);
    const seen = byKey.get(key);
    if (seen) seen.pages.add(q.page);
    else byKey.set(key, { ...q, pages: new Set([q.page]) });
  }
  return [...byKey.values()].map((q) => ({ ...q, pages: [...q.pages] }));
}

/** How a plan line (SQLite or PostgreSQL EXPLAIN) says it uses an index: the index name follows. */
const INDEX_WORDS = [
  'USING (?:COVERING )?INDEX',
  'USING PRIMARY KEY',
  'Index (?:Only )?Scan(?: Backward)? using',
  'Bitmap Index Scan on',
];
/** An index used, its name in group 1 (none: the primary key). */
const INDEX_USE = new RegExp(`(?:${INDEX_WORDS.join('|')}) ("?[\\w]+"?)?`, 'g');

function summarise(lines) {
  const indexes = new Set();
  const fullScans = new Set();
  for (const line of lines) {
    for (const m of line.matchAll(INDEX_USE)) {
      indexes.add(m[1] ? m[1].replaceAll('"', '') : 'PRIMARY KEY');
    }
    if (/USING (?:INTEGER )?PRIMARY KEY/.test(line)) indexes.add('PRIMARY KEY');
    const scan = /^\s*(?:->\s*)?Seq Scan on "?(\w+)"?|^\s*SCAN ("?\w+"?)(?! USING| VIA)\s*$/.exec(line);
    if (scan) fullScans.add((scan[1] ?? scan[2]).replaceAll('"', ''));
  }
  return { indexes: [...indexes], fullScans: [...fullScans] };
}

const sqliteValue = (v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

function sqlitePlans(databaseUrl, queries) {
  const db = new Database(databaseUrl.slice('file:'.length), { readonly: true });
  try {
    return queries.map((q) => {
      const rows = db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params.map(sqliteValue));
      const depth = new Map([[0, 0]]);
      const lines = rows.map((r) => {
        depth.set(r.id, (depth.get(r.parent) ?? 0) + 1);
        return `${'  '.repeat(depth.get(r.id) - 1)}${r.detail}`;
      });
      return { ...q, plan: lines, ...summarise(lines) };
    });
  } finally {
    db.close();
  }
}

async function postgresPlans(databaseUrl, queries) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('ANALYZE');
    const out = [];
    for (const q of queries) {
      const res = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
      const lines = res.rows.map((r) => r['QUERY PLAN']);
      out.push({ ...q, plan: lines, ...summarise(lines) });
    }
    return out;
  } finally {
    await client.end();
  }
}

/** Plans of every distinct statement the pages send; printed to stderr, summarised in the result. */
export async function explainPages(kind, databaseUrl, projectId) {
  const queries = distinct(captureQueries(databaseUrl, projectId));
  const plans = kind === 'sqlite' ? sqlitePlans(databaseUrl, queries) : await postgresPlans(databaseUrl, queries);
  process.stderr.write(`\n=== query plans (${kind}) ===\n`);
  for (const p of plans) {
    process.stderr.write(
      `\n-- ${p.pages.join(' | ')}\n${shortSql(p.sql)}\n${p.plan.map((l) => `   ${l}`).join('\n')}\n`,
    );
  }
  return plans.map((p) => ({
    pages: p.pages,
    sql: shortSql(p.sql).slice(0, 300),
    indexes: p.indexes,
    fullScans: p.fullScans,
  }));
}
