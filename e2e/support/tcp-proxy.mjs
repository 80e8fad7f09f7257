// A TCP proxy the fault tests put between the app and PostgreSQL, to take the database away and
// give it back: down() refuses new connections and cuts open ones (as a crashed server or a
// network cut would), cut() only cuts open ones, up() accepts again. Same port throughout.
import net from 'node:net';

/** Listens on `port` (0: any free one) and forwards to `target` ({ host, port }). */
export async function startTcpProxy(target, port = 0) {
  const sockets = new Set();
  let server = null;
  let listenPort = port;
  const track = (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const onConnection = (client) => {
    const upstream = net.connect(target.port, target.host);
    track(client);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };
  const up = () =>
    new Promise((resolve, reject) => {
      if (server) return resolve();
      server = net.createServer(onConnection);
      server.once('error', reject);
      server.listen(listenPort, '127.0.0.1', () => {
        listenPort = server.address().port;
        resolve();
      });
    });
  /** Cuts every open connection (RST): the app's sockets fail mid-query. */
  const cut = () => {
    for (const s of sockets) {
      if (s.resetAndDestroy) s.resetAndDestroy();
      else s.destroy();
    }
    sockets.clear();
  };
  const down = () =>
    new Promise((resolve) => {
      cut();
      if (!server) return resolve();
      const s = server;
      server = null;
      s.close(() => resolve());
    });
  await up();
  return {
    get port() {
      return listenPort;
    },
    /** Open connections now (app → proxy). */
    get connections() {
      return [...sockets].length / 2;
    },
    up,
    down,
    cut,
    close: down,
  };
}
