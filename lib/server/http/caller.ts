// The caller's name as proxy.ts vouches for it: the proxy drops any client-sent value and sets its
// own, percent-encoded (header values must be Latin-1; names may be any text). Likewise the id of the
// API token the caller presented (none for a session): what it makes may be revoked with it.
export const CALLER_HEADER = 'x-swarmlens-caller';
export const CALLER_TOKEN_HEADER = 'x-swarmlens-caller-token';

/** The id of the API token the proxy found on the request, or null (a session, an open instance). Only
 *  for routes behind the proxy (not /api/runs, which the proxy skips). */
export function callerTokenId(request: Request): string | null {
  const id = request.headers.get(CALLER_TOKEN_HEADER);
  return id !== null && /^tok_[0-9a-z]{26}$/.test(id) ? id : null;
}

export const encodeCaller = (name: string) => encodeURIComponent(name);

/** The decoded name, or null when the header is absent or not something the proxy wrote. */
export function callerFrom(headers: Headers): string | null {
  const raw = headers.get(CALLER_HEADER);
  if (raw === null) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

export function callerName(request: Request): string {
  return callerFrom(request.headers) ?? 'unknown';
}
