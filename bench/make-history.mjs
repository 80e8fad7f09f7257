// Writes a synthetic Locust 1.2+ `_stats_history.csv` with --csv-full-history: ENDPOINTS entries
// plus the Aggregated row per 1 s tick, ROWS rows in all (default 1,000,000 rows, ~150 MB).
import { createWriteStream } from 'node:fs';

export async function makeHistory(path, rows = 1_000_000, endpoints = 20) {
  const out = createWriteStream(path);
  const pct = ['50%', '66%', '75%', '80%', '90%', '95%', '98%', '99%', '99.9%', '99.99%', '100%'];
  const header = [
    'Timestamp',
    'User Count',
    'Type',
    'Name',
    'Requests/s',
    'Failures/s',
    ...pct,
    'Total Request Count',
    'Total Failure Count',
    'Total Median Response Time',
    'Total Average Response Time',
    'Total Min Response Time',
    'Total Max Response Time',
    'Total Average Content Size',
  ];
  const names = Array.from({ length: endpoints }, (_, i) => `/api/v1/resource-${i}/[id]/details`);
  let written = 0;
  let tick = 0;
  let buf = header.join(',') + '\r\n';
  while (written < rows) {
    const ts = 1_700_000_000 + tick;
    const users = Math.min(500, 1 + tick);
    for (let e = 0; e <= endpoints && written < rows; e++) {
      const isAgg = e === endpoints;
      const total = (tick + 1) * (isAgg ? 40 * endpoints : 40);
      const base = 40 + ((e * 13 + tick) % 200);
      const p = [
        base,
        base + 10,
        base + 20,
        base + 30,
        base + 60,
        base + 100,
        base + 200,
        base + 300,
        base + 900,
        base + 1900,
        base + 2900,
      ];
      buf +=
        `${ts},${users},${isAgg ? '' : 'GET'},${isAgg ? 'Aggregated' : names[e]},${(37.5 + e / 7).toFixed(6)},` +
        `${(0.25).toFixed(6)},${p.join(',')},${total},${Math.floor(total / 97)},${base},${base * 1.0731234567},` +
        `${3.5 + e / 11},${base * 40.123},${1234.5678 + e}\r\n`;
      written++;
    }
    tick++;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((r) => out.once('drain', r));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise((r) => out.end(r));
}

/** The matching `_stats.csv` (small; the benchmark is about the history). */
export function makeStats(endpoints = 20) {
  const head =
    'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,' +
    'Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%';
  const rows = Array.from(
    { length: endpoints },
    (_, e) =>
      `GET,/api/v1/resource-${e}/[id]/details,` +
      '1904800,19637,120,131.5,3.5,5120.25,1234.5,40.0,0.41,120,130,140,150,180,210,300,480,900,1900,5100',
  );
  rows.push(
    `,Aggregated,${1904800 * endpoints},${19637 * endpoints},120,131.5,3.5,5120.25,1234.5,${40 * endpoints}.0,` +
      `${0.41 * endpoints},120,130,140,150,180,210,300,480,900,1900,5100`,
  );
  return [head, ...rows, ''].join('\r\n');
}
