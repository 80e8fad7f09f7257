// A Locust 2.12 stats CSV of `endpoints` endpoints shaped like bench/support/history-seed.ts's runs (the fixture's
// first row as /api/resource-K, every latency × (1 + K/endpoints), endpoint 1's +40% of the second half),
// so `npm run bench:history` uploads a run that extends every series of the seeded part, as a real new run does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Locust writes the median and percentiles as whole ms, the average, min and max as they are. */
const ROUNDED = /^Median Response Time$|^\d+(\.\d+)?%$/;
const EXACT = /^(Average|Min|Max) Response Time$/;
const SUMMED = ['Request Count', 'Failure Count', 'Requests/s', 'Failures/s'];

/** The CSV text of a run with `endpoints` endpoints and their Aggregated row. */
export function wideStatsCsv(fixtureDir, endpoints) {
  const file = readFileSync(join(fixtureDir, `${fixtureDir.split('/').at(-1)}_stats.csv`), 'utf8');
  const [header, first] = file.trim().split(/\r?\n/);
  const names = header.split(',');
  const cells = first.split(',');
  const row = (name, factor) =>
    names
      .map((col, i) => {
        if (col === 'Type') return 'GET';
        if (col === 'Name') return name;
        if (ROUNDED.test(col)) return String(Math.round(Number(cells[i]) * factor));
        return EXACT.test(col) ? String(Number(cells[i]) * factor) : cells[i];
      })
      .join(',');
  const rows = Array.from({ length: endpoints }, (_, k) =>
    row(`/api/resource-${k}`, (k === 1 ? 1.4 : 1) * (1 + k / endpoints)),
  );
  const aggregated = row('Aggregated', 1)
    .split(',')
    .map((v, i) => {
      if (names[i] === 'Type') return '';
      return SUMMED.includes(names[i]) ? String(Number(cells[i]) * endpoints) : v;
    })
    .join(',');
  return [header, ...rows, aggregated].join('\n') + '\n';
}
