// The address a request comes from, as the throttles key it: the first X-Forwarded-For hop (set by
// a reverse proxy, or by Next.js itself from the socket when there is none), else X-Real-IP.
// A client can spoof it without a proxy; the throttles' overall limits bound that case.
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}
