// The upload size limit (SWARMLENS_UPLOAD_MAX_MB, 512 MiB on the e2e server) holds before the body
// is buffered: a declared Content-Length over it is refused before a byte of body is sent, and a
// chunked body (no declared length) that streams 1 GiB past it is refused, and the server's memory
// does not grow with it (it reads and drops the rest, so the client sees the answer; garbage from the
// first 512 MiB may wait for a GC, hence a bound of 500 MB rather than a tighter one).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';

const LIMIT_BYTES = 512 * 1024 * 1024;
const BOUNDARY = 'swarmlens-limit-test';
/** Sent past the limit: a server that held the body would grow by more than the whole 1.5 GiB. */
const EXTRA_BYTES = 1024 * 1024 * 1024;

/** Sends `head` (and then `body` chunks, if any) on a raw socket; resolves with the status line
 *  and how many body bytes had been written when the response began. */
function rawRequest(
  port: number,
  head: string,
  body?: () => Generator<Buffer>,
): Promise<{ status: number; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let sent = 0;
    let answered = false;
    socket.setTimeout(120_000, () => reject(new Error('no answer within 120 s')));
    socket.on('error', (e) => (answered ? undefined : reject(e)));
    socket.once('data', (chunk) => {
      answered = true;
      resolve({ status: Number(chunk.toString('latin1').split(' ')[1]), sentBytes: sent });
      socket.destroy();
    });
    socket.write(head, async () => {
      if (!body) return;
      for (const chunk of body()) {
        if (answered) return;
        const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
        sent += chunk.length;
        if (!socket.write(frame)) await new Promise((r) => socket.once('drain', r));
      }
      if (!answered) socket.write('0\r\n\r\n');
    });
  });
}

function serverPid(port: number): number {
  const line = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  return Number(line.match(/pid=(\d+)/)![1]);
}
const rssMb = (pid: number) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)![1]) / 1024;

test('a declared length over the limit gets 413 before any body is sent', async ({ baseURL }) => {
  const port = Number(new URL(baseURL!).port);
  const head =
    `POST /api/runs HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: multipart/form-data; ` +
    `boundary=${BOUNDARY}\r\nContent-Length: ${LIMIT_BYTES + 1}\r\n\r\n`;
  const started = Date.now();
  const answer = await rawRequest(port, head);
  expect(answer).toEqual({ status: 413, sentBytes: 0 });
  expect(Date.now() - started).toBeLessThan(10_000);
});

test('a chunked body streaming past the limit gets 413, and the server does not hold it in memory', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const port = Number(new URL(baseURL!).port);
  const pid = serverPid(port);
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  const head =
    `POST /api/runs HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: multipart/form-data; ` +
    `boundary=${BOUNDARY}\r\nTransfer-Encoding: chunked\r\n\r\n`;
  const chunk = Buffer.from(`${'A'.repeat(1023)}\n`.repeat(1024));
  function* body() {
    yield Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="junk_stats.csv"\r\nContent-Type: ` +
        'text/csv\r\n\r\n',
    );
    for (let i = 0; i < (LIMIT_BYTES + EXTRA_BYTES) / chunk.length; i++) yield chunk;
    yield Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  }
  const answer = await rawRequest(port, head, body);
  clearInterval(sampler);
  console.log(`upload-limit: server RSS ${before.toFixed(0)} MB -> peak ${peak.toFixed(0)} MB while 1.5 GiB streamed`);
  expect(answer.status).toBe(413);
  expect(peak - before, `server RSS ${before.toFixed(0)} MB -> peak ${peak.toFixed(0)} MB`).toBeLessThan(500);
  expect((await fetch(`${baseURL}/api/health`)).status).toBe(200);
});
