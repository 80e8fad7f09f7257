// The reference: one bare PapaParse streaming pass over a CSV file, rows discarded.
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

let rows = 0;
await new Promise((resolve, reject) => {
  Papa.parse(createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 1 << 20 }), {
    chunk(results) {
      rows += results.data.length;
    },
    complete: resolve,
    error: reject,
  });
});
process.stderr.write(`papa rows: ${rows}\n`);
