// Synthetic Locust 2.x CSV runs with thousands of distinct endpoints (request names without `name=`
// grouping: ids in the URLs), for benchmarks of the run and compare pages. Deterministic (seeded).
// Times in ms, sizes in bytes, rates per second; percentiles bucketed as Locust does (2 significant digits).

export const STATS_HEADER =
  'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,' +
  'Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%';
const HISTORY_HEADER =
  'Timestamp,User Count,Type,Name,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%,' +
  'Total Request Count,Total Failure Count,Total Median Response Time,Total Average Response Time,' +
  'Total Min Response Time,Total Max Response Time,Total Average Content Size';
/** Percentile columns as fractions, in the header's order. */
const QUANTILES = [0.5, 0.66, 0.75, 0.8, 0.9, 0.95, 0.98, 0.99, 0.999, 0.9999, 1];
/** Multiples of the median for each quantile (a right-skewed latency distribution). */
const SPREAD = [1, 1.15, 1.3, 1.4, 1.8, 2.3, 3.1, 3.9, 6.5, 9, 11];

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Locust's response-time buckets: exact below 100 ms, then 10 ms steps, then 100 ms steps from 1 s
 *  (2 significant digits). */
export function bucketMs(ms) {
  if (ms < 100) return Math.round(ms);
  if (ms < 1000) return Math.round(ms / 10) * 10;
  if (ms < 10000) return Math.round(ms / 100) * 100;
  return Math.round(ms / 1000) * 1000;
}

const hex = (n, width) => n.toString(16).padStart(width, '0');

/** The i-th distinct request name: REST paths with numeric ids, UUIDs and hashes, plus search queries. */
export function endpointName(i) {
  switch (i % 5) {
    case 0:
      return ['GET', `/api/items/${100000 + i}`];
    case 1:
      return [
        'GET',
        `/api/users/${hex(Math.imul(i, 2654435761) >>> 0, 8)}-${hex(i, 4)}-4${hex(i % 4096, 3)}-a${hex(i % 4096, 3)}-` +
          `${hex(i * 40503, 12)}/orders`,
      ];
    case 2:
      return ['POST', `/api/orders/${200000 + i}/lines`];
    case 3:
      return ['GET', `/search?q=term${i}&page=${1 + (i % 7)}`];
    default:
      return ['PUT', `/api/carts/${300000 + i}/items/${i % 97}`];
  }
}

/** Per-endpoint figures of the baseline run; `degrade` scales latencies and adds failures for the second run. */
function endpointFigures(count, durationS, seed, degraded) {
  const rand = rng(seed);
  const base = rng(7); // the same endpoint shape in both runs
  return Array.from({ length: count }, (_, i) => {
    const [method, name] = endpointName(i);
    const shape = { weight: base() ** 3, medianMs: 8 + 600 * base() ** 2, sizeBytes: 200 + Math.round(base() * 20000) };
    const slowdown = degraded ? 1 + (rand() < 0.2 ? 1.5 * rand() : 0.25 * rand()) : 1 + 0.1 * (rand() - 0.5);
    const requests = Math.max(3, Math.round((20 + 12000 * shape.weight) * (degraded ? 0.85 : 1)));
    const failureRate =
      degraded && rand() < 0.15 ? 0.002 + 0.2 * rand() ** 2 : !degraded && rand() < 0.02 ? 0.01 * rand() : 0;
    const failures = Math.min(requests, Math.round(requests * failureRate));
    const medianMs = shape.medianMs * slowdown;
    const pct = SPREAD.map((m) => bucketMs(medianMs * m * (1 + 0.05 * rand())));
    for (let k = 1; k < pct.length; k++) pct[k] = Math.max(pct[k], pct[k - 1]);
    const minMs = Math.max(1, medianMs * (0.2 + 0.3 * rand()));
    const maxMs = pct[pct.length - 1] * (0.95 + 0.05 * rand());
    return {
      method,
      name,
      requests,
      failures,
      medianMs: pct[0],
      avgMs: medianMs * 1.18,
      minMs,
      maxMs,
      sizeBytes: shape.sizeBytes,
      pct,
      durationS,
    };
  });
}

const row = (type, name, e, durationS) =>
  [
    type,
    name.includes(',') || name.includes('"') ? `"${name.replaceAll('"', '""')}"` : name,
    e.requests,
    e.failures,
    e.medianMs,
    e.avgMs.toFixed(6),
    e.minMs.toFixed(6),
    e.maxMs.toFixed(6),
    e.sizeBytes.toFixed(2),
    (e.requests / durationS).toFixed(6),
    (e.failures / durationS).toFixed(6),
    ...e.pct,
  ].join(',');

/** Request-weighted Aggregated figures (percentiles: the weighted quantile of the endpoints' own, an approximation). */
function aggregate(endpoints) {
  const requests = endpoints.reduce((s, e) => s + e.requests, 0);
  const failures = endpoints.reduce((s, e) => s + e.failures, 0);
  const avgMs = endpoints.reduce((s, e) => s + e.avgMs * e.requests, 0) / requests;
  const sizeBytes = endpoints.reduce((s, e) => s + e.sizeBytes * e.requests, 0) / requests;
  const pct = QUANTILES.map((q, k) => {
    const sorted = endpoints.map((e) => [e.pct[k], e.requests]).sort((a, b) => a[0] - b[0]);
    let seen = 0;
    for (const [ms, n] of sorted) if ((seen += n) >= q * requests) return ms;
    return sorted[sorted.length - 1][0];
  });
  const minMs = Math.min(...endpoints.map((e) => e.minMs));
  const maxMs = Math.max(...endpoints.map((e) => e.maxMs));
  return { requests, failures, medianMs: pct[0], avgMs, minMs, maxMs, sizeBytes, pct };
}

/** An Aggregated-only `_stats_history.csv`: one row per second, users ramping up to `users`, then steady. */
function history(agg, durationS, users, startS) {
  const lines = [HISTORY_HEADER];
  for (let t = 0; t < durationS; t++) {
    const u = Math.min(users, Math.ceil(((t + 1) * users) / 60));
    const share = (t + 1) / durationS;
    const jitter = 1 + 0.08 * Math.sin(t / 7);
    const pct = agg.pct.map((ms) => bucketMs(ms * jitter * (u / users) ** 0.3));
    lines.push(
      [
        startS + t,
        u,
        '',
        'Aggregated',
        ((agg.requests / durationS) * jitter).toFixed(6),
        (agg.failures / durationS).toFixed(6),
        ...pct,
        Math.round(agg.requests * share),
        Math.round(agg.failures * share),
        pct[0],
        (agg.avgMs * jitter).toFixed(6),
        agg.minMs.toFixed(6),
        agg.maxMs.toFixed(6),
        agg.sizeBytes.toFixed(2),
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

const ERRORS = [
  (e) => `HTTPError('500 Server Error: Internal Server Error for url: ${e.name}')`,
  () => `ConnectionResetError(104, 'Connection reset by peer')`,
  (e) => `HTTPError('503 Server Error: Service Unavailable for url: ${e.name}')`,
  () => `ReadTimeout("HTTPConnectionPool(host='shop.internal', port=80): Read timed out. (read timeout=10)")`,
];
const csvCell = (s) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** `_failures.csv`: each failing endpoint's failures split over one or two messages
 *  (occurrences add up to its count). */
function failuresCsv(endpoints) {
  const lines = ['Method,Name,Error,Occurrences'];
  endpoints.forEach((e, i) => {
    if (e.failures === 0) return;
    const first = i % 3 === 0 && e.failures > 1 ? Math.ceil(e.failures * 0.7) : e.failures;
    lines.push([e.method, csvCell(e.name), csvCell(ERRORS[i % ERRORS.length](e)), first].join(','));
    if (first < e.failures)
      lines.push(
        [e.method, csvCell(e.name), csvCell(ERRORS[(i + 1) % ERRORS.length](e)), e.failures - first].join(','),
      );
  });
  return lines.join('\r\n') + '\r\n';
}

/**
 * One run's files: `{ name: text }` for PREFIX_stats.csv, PREFIX_stats_history.csv and PREFIX_failures.csv.
 * `degraded`: higher latencies on some endpoints, failures on ~15% of them.
 */
export function makeBigRun({
  prefix,
  endpoints = 5000,
  durationS = 600,
  users = 200,
  degraded = false,
  startS = 1_700_000_000,
}) {
  const list = endpointFigures(endpoints, durationS, degraded ? 2 : 1, degraded);
  const agg = aggregate(list);
  const stats =
    [STATS_HEADER, ...list.map((e) => row(e.method, e.name, e, durationS)), row('', 'Aggregated', agg, durationS)].join(
      '\r\n',
    ) + '\r\n';
  return {
    files: {
      [`${prefix}_stats.csv`]: stats,
      [`${prefix}_stats_history.csv`]: history(agg, durationS, users, startS),
      [`${prefix}_failures.csv`]: failuresCsv(list),
    },
    lastEndpoint: list[list.length - 1].name,
    failingEndpoints: list.filter((e) => e.failures > 0).length,
  };
}
