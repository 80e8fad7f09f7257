// Synthetic but realistic Locust 2.x output for the "many runs" benchmark: one run is a
// `_stats.csv` (20 endpoints + Aggregated) and a short `_stats_history.csv` (one row per endpoint
// and the Aggregated row per 10 s tick). Figures vary by run and user count, deterministically.

export const ENDPOINTS = [
  ['GET', '/'],
  ['GET', '/login'],
  ['POST', '/login'],
  ['GET', '/logout'],
  ['GET', '/dashboard'],
  ['GET', '/api/orders'],
  ['POST', '/api/orders'],
  ['GET', '/api/orders/[id]'],
  ['PUT', '/api/orders/[id]'],
  ['DELETE', '/api/orders/[id]'],
  ['GET', '/api/products'],
  ['GET', '/api/products/[id]'],
  ['GET', '/api/products/search'],
  ['GET', '/api/cart'],
  ['POST', '/api/cart/items'],
  ['DELETE', '/api/cart/items/[id]'],
  ['POST', '/api/checkout'],
  ['GET', '/api/users/me'],
  ['PATCH', '/api/users/me'],
  ['GET', '/static/app.js'],
];

const PCT = ['50%', '66%', '75%', '80%', '90%', '95%', '98%', '99%', '99.9%', '99.99%', '100%'];
const PCT_FACTORS = [1, 1.2, 1.35, 1.45, 1.8, 2.3, 3, 3.8, 6, 8, 9];
const STATS_HEAD = [
  'Type',
  'Name',
  'Request Count',
  'Failure Count',
  'Median Response Time',
  'Average Response Time',
  'Min Response Time',
  'Max Response Time',
  'Average Content Size',
  'Requests/s',
  'Failures/s',
  ...PCT,
].join(',');
const HISTORY_HEAD = [
  'Timestamp',
  'User Count',
  'Type',
  'Name',
  'Requests/s',
  'Failures/s',
  ...PCT,
  'Total Request Count',
  'Total Failure Count',
  'Total Median Response Time',
  'Total Average Response Time',
  'Total Min Response Time',
  'Total Max Response Time',
  'Total Average Content Size',
].join(',');

/** Locust rounds percentiles to 2 significant figures above 100 ms. */
const round2 = (ms) => (ms < 100 ? Math.round(ms) : Number(ms.toPrecision(2)));

/** Deterministic pseudo-random in [0, 1) from integers. */
function noise(...xs) {
  let h = 2166136261;
  for (const x of xs) h = Math.imul(h ^ (x + 0x9e3779b9), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

export const USER_COUNTS = [50, 100, 150];

/** One run's figures per endpoint: latency grows with users, a slow drift and noise over runs. */
function endpointFigures(runIndex, users, durationS) {
  return ENDPOINTS.map(([method, name], e) => {
    const base = 20 + ((e * 37) % 180);
    const median = base * (1 + users / 200) * (0.85 + 0.3 * noise(runIndex, e)) * (1 + 0.1 * Math.sin(runIndex / 40));
    const rps = (users / 10) * (0.3 + ((e * 7) % 10) / 10);
    const requests = Math.round(rps * durationS);
    const failures = Math.round(
      requests * (e % 6 === 0 ? 0.002 + 0.01 * noise(runIndex, e, 1) : 0.0005 * noise(runIndex, e, 2)),
    );
    return {
      method,
      name,
      median,
      avg: median * 1.12,
      min: median / 6,
      max: median * 11,
      size: 200 + e * 431,
      rps,
      requests,
      failures,
    };
  });
}

function statsRow(type, name, f, durationS) {
  const pct = PCT_FACTORS.map((k) => round2(f.median * k));
  return [
    type,
    name,
    f.requests,
    f.failures,
    round2(f.median),
    f.avg.toFixed(6),
    f.min.toFixed(6),
    f.max.toFixed(6),
    f.size.toFixed(1),
    (f.requests / durationS).toFixed(6),
    (f.failures / durationS).toFixed(6),
    ...pct,
  ].join(',');
}

function aggregate(figures) {
  const requests = figures.reduce((a, f) => a + f.requests, 0);
  const failures = figures.reduce((a, f) => a + f.failures, 0);
  const avg = figures.reduce((a, f) => a + f.avg * f.requests, 0) / requests;
  const median = [...figures].sort((a, b) => a.median - b.median)[10].median;
  return {
    requests,
    failures,
    median,
    avg,
    min: Math.min(...figures.map((f) => f.min)),
    max: Math.max(...figures.map((f) => f.max)),
    size: figures.reduce((a, f) => a + f.size * f.requests, 0) / requests,
  };
}

/** The files of run `runIndex` (0-based): { label, userCount, files: [{ name, text }] }. */
export function makeRun(runIndex) {
  const users = USER_COUNTS[runIndex % USER_COUNTS.length];
  const durationS = 300;
  const figures = endpointFigures(runIndex, users, durationS);
  const agg = aggregate(figures);
  const stem = `run${String(runIndex + 1).padStart(4, '0')}_${users}u`;
  const stats = [
    STATS_HEAD,
    ...figures.map((f) => statsRow(f.method, f.name, f, durationS)),
    statsRow('', 'Aggregated', agg, durationS),
    '',
  ].join('\r\n');
  const start = 1_760_000_000 + runIndex * 3600;
  const history = [HISTORY_HEAD];
  const ticks = 6;
  for (let t = 1; t <= ticks; t++) {
    const share = t / ticks;
    const rows = [
      ...figures.map((f) => ({ ...f, type: f.method })),
      { ...agg, type: '', name: 'Aggregated', rps: agg.requests / durationS },
    ];
    for (const f of rows) {
      const pct = PCT_FACTORS.map((k) => round2(f.median * k * (0.9 + 0.2 * noise(runIndex, t))));
      const total = Math.round(f.requests * share);
      history.push(
        [
          start + t * 50,
          Math.min(users, t * 25),
          f.type,
          f.name,
          (f.requests / durationS).toFixed(6),
          (f.failures / durationS).toFixed(6),
          ...pct,
          total,
          Math.round(f.failures * share),
          round2(f.median),
          f.avg.toFixed(6),
          f.min.toFixed(6),
          f.max.toFixed(6),
          f.size.toFixed(1),
        ].join(','),
      );
    }
  }
  const tags = [runIndex % 25 === 0 ? 'release' : 'nightly', `env-${['staging', 'perf'][runIndex % 2]}`];
  return {
    label: `Run ${runIndex + 1} · ${users} users`,
    userCount: users,
    tags,
    files: [
      { name: `${stem}_stats.csv`, text: stats },
      { name: `${stem}_stats_history.csv`, text: history.join('\r\n') + '\r\n' },
    ],
  };
}
