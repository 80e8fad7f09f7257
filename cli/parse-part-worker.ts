// Worker thread: parses one byte range of a CSV file (with the header put in front) and sends
// back its FileResult, history columns transferred rather than copied.
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createFileParser, LocustInputError } from '../lib/domain/locust/index';
import type { PartJob, PartReply } from './parse-part';
import { parsePart, transferablesOf } from './parse-part';

const job = workerData as PartJob;
parsePart(job, createReadStream, createFileParser).then(
  (reply) => parentPort?.postMessage(reply, reply.ok ? transferablesOf(reply.result) : []),
  (e: unknown) => {
    const reply: PartReply =
      e instanceof LocustInputError
        ? { ok: false, error: { code: e.code, file: e.file, line: e.line, reason: e.reason } }
        : {
            ok: false,
            error: { code: 'internal', file: job.name, line: null, reason: e instanceof Error ? e.message : String(e) },
          };
    parentPort?.postMessage(reply);
  },
);
