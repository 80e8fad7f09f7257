// `npm start` only: the address a request comes from, as the throttles see it (X-Forwarded-For,
// first hop), set from the connection itself so a client cannot claim another one. Behind
// SWARMLENS_TRUSTED_PROXIES reverse proxies (default 0), the address the outermost trusted proxy
// saw is taken from the X-Forwarded-For they append to.
import http from 'node:http';

/** `forwardedFor`: the header as received; `socketAddress`: the peer of the TCP connection. */
export function clientAddressOf(forwardedFor, socketAddress, trustedProxies) {
  const hops =
    typeof forwardedFor === 'string'
      ? forwardedFor
          .split(',')
          .map((h) => h.trim())
          .filter(Boolean)
      : [];
  const chain = [...hops, socketAddress ?? 'unknown'];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)];
}

export function trustedProxiesFromEnv(raw = process.env.SWARMLENS_TRUSTED_PROXIES) {
  if (raw === undefined || raw === '') return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`SWARMLENS_TRUSTED_PROXIES must be a whole number >= 0, got "${raw}"`);
  return n;
}

/** Every HTTP server created from now on rewrites X-Forwarded-For to the client's address before
 *  its own request handler (Next.js) sees the request. */
export function installPeerAddress(trustedProxies = trustedProxiesFromEnv()) {
  const createServer = http.createServer;
  http.createServer = function (...args) {
    const server = createServer.apply(this, args);
    server.prependListener('request', (req) => {
      req.headers['x-forwarded-for'] = clientAddressOf(
        req.headers['x-forwarded-for'],
        req.socket.remoteAddress,
        trustedProxies,
      );
    });
    return server;
  };
}
