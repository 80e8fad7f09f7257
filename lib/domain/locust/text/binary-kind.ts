// Files uploaded by mistake, told by their first bytes (magic numbers), so the refusal names what the
// file is ("a PNG image") rather than a symptom ("holds a NUL byte"). Byte comparisons only: no
// decoding, no regular expression. Zips are not here: they are expanded (lib/domain/locust/zip.ts).

interface Signature {
  /** What the file is, as the refusal says it: "a PNG image". */
  what: string;
  /** What to do instead, when not the usual (upload the run's CSV files, HTML report or JSON output). */
  hint?: string;
  /** The file's first bytes; null matches any byte. */
  bytes: readonly (number | null)[];
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { what: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { what: 'a GIF image', bytes: ascii('GIF8') },
  { what: 'a WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { what: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { what: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { what: 'an icon image', bytes: [0x00, 0x00, 0x01, 0x00] },
  { what: 'a PDF document', bytes: ascii('%PDF-') },
  { what: 'a gzip-compressed file', hint: 'unpack it first, or upload a .zip', bytes: [0x1f, 0x8b] },
  { what: 'a 7-Zip archive', hint: 'upload a .zip instead', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: 'a RAR archive', hint: 'upload a .zip instead', bytes: ascii('Rar!\u001a\u0007') },
  { what: 'an old-style Office document (Excel or Word)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { what: 'an SQLite database', bytes: [...ascii('SQLite format 3'), 0] },
];

/** Why a file is refused, by its first bytes ("a PNG image, not Locust output: …"); null when no signature matches. */
export function binaryFileReason(head: Uint8Array): string | null {
  const matches = (s: Signature) =>
    head.length >= s.bytes.length && s.bytes.every((b, i) => b === null || head[i] === b);
  const found = SIGNATURES.find(matches);
  if (!found) return null;
  return `${found.what}, not Locust output: ${found.hint ?? "upload the run's CSV files, HTML report or JSON output"}`;
}
