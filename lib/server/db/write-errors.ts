// What a failed write means, in the store's words rather than Prisma's error codes (P2002, P2003, P2025),
// so that code above lib/server/db never knows which client raised it.

/** `duplicate`: a unique name or key is taken; `missing-reference`: a referenced record does not exist;
 *  `not-found`: the record to change does not exist. */
export type WriteErrorKind = 'duplicate' | 'missing-reference' | 'not-found';

const KINDS: Record<string, WriteErrorKind> = { P2002: 'duplicate', P2003: 'missing-reference', P2025: 'not-found' };

/** The kind of a known-request error of either generated client, else null. */
export function writeErrorKind(e: unknown): WriteErrorKind | null {
  const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
  return typeof code === 'string' ? (KINDS[code] ?? null) : null;
}
