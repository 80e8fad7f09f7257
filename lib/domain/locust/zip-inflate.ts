// One zip entry's bytes, inflated a step at a time (fflate's streaming Inflate), so that a zip bomb is
// never held whole: a step inflates at most INPUT_STEP_BYTES of compressed bytes, which deflate cannot
// expand past 1032 times (~8.3 MiB), and the output is counted as it comes: once it passes `maxBytes`
// the entry is refused without inflating the rest. The caller decides when to ask for the next step
// (the server gives other requests the event loop in between).
import { Inflate } from 'fflate';

/** Compressed bytes inflated per step. */
const INPUT_STEP_BYTES = 8 * 1024;
/** A stored (uncompressed) entry is handed on in slices of this many bytes. */
const STORED_STEP_BYTES = 1024 * 1024;

export const STORED = 0;
export const DEFLATED = 8;

/** The output passed `maxBytes`: nothing past the step that passed it was inflated. */
export class InflateOverflow extends Error {
  constructor(readonly maxBytes: number) {
    super(`inflates to more than ${maxBytes} bytes`);
    this.name = 'InflateOverflow';
  }
}

/** Not deflate data (or it ends early), or a compression method other than stored and deflate. */
export class InflateFailure extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InflateFailure';
  }
}

/**
 * The bytes of an entry stored as `data` with `method` (0 stored, 8 deflate), in chunks of at most
 * ~8.3 MiB (stored: 1 MiB views of `data`), each made when asked for. Throws InflateOverflow as soon as
 * they pass `maxBytes`, InflateFailure for data that cannot be inflated. Returns the bytes made.
 */
export function* inflateChunks(data: Uint8Array, method: number, maxBytes: number): Generator<Uint8Array, number> {
  let made = 0;
  const counted = (chunk: Uint8Array) => {
    made += chunk.length;
    if (made > maxBytes) throw new InflateOverflow(maxBytes);
    return chunk;
  };
  if (method === STORED) {
    for (let at = 0; at < data.length; at += STORED_STEP_BYTES) {
      yield counted(data.subarray(at, at + STORED_STEP_BYTES));
    }
    return made;
  }
  if (method !== DEFLATED) throw new InflateFailure(`compression method ${method} (only stored and deflate are read)`);
  const out: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    if (chunk.length > 0) out.push(chunk);
  });
  for (let at = 0; ; at += INPUT_STEP_BYTES) {
    const end = Math.min(at + INPUT_STEP_BYTES, data.length);
    try {
      inflater.push(data.subarray(at, end), end === data.length);
    } catch (e) {
      throw new InflateFailure(e instanceof Error ? e.message : String(e));
    }
    for (const chunk of out.splice(0)) yield counted(chunk);
    if (end === data.length) return made;
  }
}
