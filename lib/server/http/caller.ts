// The caller's name as proxy.ts vouches for it: the proxy drops any client-sent value and sets its
// own, percent-encoded (header values must be Latin-1; names may be any text).
export const CALLER_HEADER = 'x-swarmlens-caller';

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
