// Chooses the encoding of a file from its first bytes. A BOM or valid UTF-8 decides with
// confidence 1; anything else goes to chardet (ICU's detector: byte-frequency statistics for the
// CJK multi-byte encodings, n-grams for the single-byte ones), whose confidence (0–100) we keep
// as 0–1. Linear in the bytes given; the caller bounds them (SNIFF_BYTES).
import { analyse } from 'chardet';
import { fromDetectorName } from './encodings';

export interface EncodingGuess {
  /** WHATWG encoding name, e.g. "utf-8", "euc-kr". */
  encoding: string;
  /** 0–1: 1 for a BOM, valid UTF-8 or a user's choice; else the detector's confidence. */
  confidence: number;
}

/** Bytes of lines holding non-ASCII bytes given to the detector (the rest is ASCII: no evidence). */
export const DETECT_SAMPLE_BYTES = 64 * 1024;

/**
 * Below this many non-ASCII bytes (10 double-byte characters, where ICU's multi-byte detectors
 * themselves score every candidate 10/100) the detector's ranking is noise. The previous default
 * then stands: GB18030 when the bytes are valid GB18030 (Chinese Windows is the most common
 * source of non-UTF-8 Locust output), with the detector's low confidence, so the user is warned.
 */
const MIN_EVIDENCE_BYTES = 20;

export function detectEncoding(head: Uint8Array, isWholeFile: boolean): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', confidence: 1 };
  // Windows PowerShell's `>` and Out-File write UTF-16 with a BOM.
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', confidence: 1 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', confidence: 1 };
  if (decodesCleanly(head, 'utf-8', !isWholeFile)) return { encoding: 'utf-8', confidence: 1 };
  const { sample, nonAscii, truncated } = nonAsciiLines(head, DETECT_SAMPLE_BYTES);
  const stream = truncated || !isWholeFile;
  const candidates: EncodingGuess[] = [];
  for (const match of analyse(sample)) {
    const encoding = fromDetectorName(match.name);
    if (encoding === null || candidates.some((c) => c.encoding === encoding)) continue;
    candidates.push({ encoding, confidence: Math.min(1, Math.max(0, match.confidence / 100)) });
  }
  const clean = candidates.filter((c) => c.encoding !== 'utf-8' && decodesCleanly(sample, c.encoding, stream));
  if (nonAscii < MIN_EVIDENCE_BYTES) {
    const gb = clean.find((c) => c.encoding === 'gb18030');
    if (gb) return gb;
  }
  // windows-1252 decodes every byte: the last resort, with no confidence.
  return clean[0] ?? { encoding: 'windows-1252', confidence: 0 };
}

/** Do the lines holding non-ASCII bytes in the first `SNIFF`-sized head decode without error? */
export function decodesCleanlyAs(bytes: Uint8Array, encoding: string, headBytes = 1 << 20): boolean {
  const { sample } = nonAsciiLines(bytes.subarray(0, headBytes), DETECT_SAMPLE_BYTES);
  return decodesCleanly(sample, encoding, true);
}

function decodesCleanly(bytes: Uint8Array, encoding: string, stream: boolean): boolean {
  try {
    // stream: a multi-byte character cut at the end of the prefix is not an error.
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/** The lines (with their `\n`) that hold a byte >= 0x80, joined, up to `limit` bytes. */
export function nonAsciiLines(
  bytes: Uint8Array,
  limit: number,
): { sample: Uint8Array; nonAscii: number; truncated: boolean } {
  const out = new Uint8Array(Math.min(limit, bytes.length));
  let size = 0;
  let nonAscii = 0;
  let lineStart = 0;
  let lineHigh = 0;
  for (let i = 0; i <= bytes.length && size < limit; i++) {
    const b = i < bytes.length ? (bytes[i] as number) : 0x0a;
    if (b >= 0x80) lineHigh++;
    if (b !== 0x0a) continue;
    const end = Math.min(i + 1, bytes.length);
    if (lineHigh > 0) {
      const take = Math.min(end - lineStart, limit - size);
      out.set(bytes.subarray(lineStart, lineStart + take), size);
      size += take;
      nonAscii += lineHigh;
    }
    lineStart = i + 1;
    lineHigh = 0;
  }
  return { sample: out.subarray(0, size), nonAscii, truncated: size >= limit };
}
