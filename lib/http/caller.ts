// The caller's name as proxy.ts vouches for it (clients cannot set this header: the proxy drops it).
export const CALLER_HEADER = 'x-swarmlens-caller';

export function callerName(request: Request): string {
  return request.headers.get(CALLER_HEADER) ?? 'unknown';
}
