// How an uploaded original is stored: gzip (level 4, on the thread pool), its size and sha256.
// Built from whole bytes, or chunk by chunk while the upload streams in (never all in memory).
import { createHash, type Hash } from 'node:crypto';
import { promisify } from 'node:util';
import { createGzip, gzip, type Gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const GZIP_LEVEL = 4;
/** Bytes of an original waiting to be gzipped before a write waits (the memory an upload holds for it). */
const MAX_PENDING_BYTES = 4 * 1024 * 1024;
/** Output buffer per zlib call (bytes): each call crosses to the thread pool and back through the event loop,
 *  which the parser holds most of the time; 16 KiB (the default) made ~2,500 calls for a 190 MB history. */
const GZIP_CHUNK_BYTES = 256 * 1024;
/** Input gathered into one zlib write (bytes). zlib takes one write per turn of the event loop, which the parser
 *  gives between chunks (upload-intake.ts): written as they came (64 KiB each), the chunks fell behind until the
 *  parser waited for them (~1.5 s of a 190 MB upload); one write per MiB keeps pace (level 4: ~6 ms per MiB). */
const GZIP_WRITE_BYTES = 1024 * 1024;

export interface StoredOriginal {
  name: string;
  sizeBytes: number;
  /** Hex sha256 of the original bytes. */
  sha256: string;
  gzip: Uint8Array;
}

export async function originalFromBytes(name: string, bytes: Uint8Array): Promise<StoredOriginal> {
  return {
    name,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    gzip: new Uint8Array(await gzipAsync(bytes, { level: GZIP_LEVEL })),
  };
}

/** Gzips and hashes an original as its chunks arrive. */
export class OriginalWriter {
  private readonly hash: Hash = createHash('sha256');
  private readonly zip: Gzip = createGzip({ level: GZIP_LEVEL, chunkSize: GZIP_CHUNK_BYTES });
  private readonly out: Buffer[] = [];
  private readonly done: Promise<void>;
  private sizeBytes = 0;
  /** Input not yet written to zlib (less than GZIP_WRITE_BYTES in all). */
  private batch: Uint8Array[] = [];
  private batchBytes = 0;

  constructor(private readonly name: string) {
    this.zip.on('data', (b: Buffer) => this.out.push(b));
    this.done = new Promise((resolve, reject) => {
      this.zip.once('end', resolve);
      this.zip.once('error', reject);
    });
  }

  /** Resolves at once while at most MAX_PENDING_BYTES wait to be gzipped (so the thread pool keeps working while
   *  the caller parses the next chunks), else once the gzip stream has caught up (bounded memory). */
  async write(chunk: Uint8Array): Promise<void> {
    this.sizeBytes += chunk.length;
    this.hash.update(chunk);
    this.batch.push(chunk);
    this.batchBytes += chunk.length;
    if (this.batchBytes < GZIP_WRITE_BYTES) return;
    if (!this.zip.write(this.takeBatch()) && this.zip.writableLength > MAX_PENDING_BYTES)
      await new Promise((resolve) => this.zip.once('drain', resolve));
  }

  private takeBatch(): Uint8Array {
    const joined = this.batch.length === 1 ? this.batch[0]! : Buffer.concat(this.batch, this.batchBytes);
    this.batch = [];
    this.batchBytes = 0;
    return joined;
  }

  async end(): Promise<StoredOriginal> {
    if (this.batchBytes > 0) this.zip.write(this.takeBatch());
    this.zip.end();
    await this.done;
    return {
      name: this.name,
      sizeBytes: this.sizeBytes,
      sha256: this.hash.digest('hex'),
      gzip: new Uint8Array(Buffer.concat(this.out)),
    };
  }

  /** Stops without a result (the upload failed). */
  abort(): void {
    this.zip.destroy();
  }
}
