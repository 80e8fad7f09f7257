// A background loop of one process (the webhook and history workers): runs `pass` every `pollMs`, at once
// again when a pass did a full batch, and at once when woken (after an upload in this process). A database
// that fails is asked less and less often, up to once a minute, with one log line per new error. Every
// instance runs its own loop; the passes share work through leases in the database, never through memory.
import 'server-only';

/** The longest pause between passes while the database fails (ms). */
const OUTAGE_PAUSE_MAX_MS = 60_000;

export interface PollingWorker {
  stopped: boolean;
  wake: () => void;
  running: Promise<void>;
}

declare global {
  /** One loop per name and process, kept across Next.js dev module reloads. */
  var swarmlensWorkers: Map<string, PollingWorker> | undefined;
}

/** `pass` returns whether it had more to do than it did (then the next pass starts at once). */
export function startPollingWorker(name: string, pollMs: number, pass: () => Promise<boolean>): void {
  const workers = (globalThis.swarmlensWorkers ??= new Map());
  if (workers.has(name)) return;
  let wakeUp: () => void = () => undefined;
  let woken = false;
  const state: PollingWorker = {
    stopped: false,
    wake: () => {
      woken = true;
      wakeUp();
    },
    running: Promise.resolve(),
  };
  workers.set(name, state);
  let lastError: string | null = null;
  let failures = 0;
  const pause = () =>
    new Promise<void>((resolve) => {
      if (woken) return resolve();
      const ms = failures === 0 ? pollMs : Math.min(pollMs * 2 ** failures, OUTAGE_PAUSE_MAX_MS);
      const timer = setTimeout(resolve, ms);
      timer.unref();
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  state.running = (async () => {
    while (!state.stopped) {
      woken = false;
      let more = false;
      try {
        more = await pass();
        lastError = null;
        failures = 0;
      } catch (e) {
        failures = Math.min(failures + 1, 16);
        const message = e instanceof Error ? e.message : String(e);
        if (message !== lastError) console.error(`swarmlens: ${name} paused: ${message} (trying again)`);
        lastError = message;
      }
      if (!more) await pause();
    }
  })();
}

/** Starts the named loop's next pass now (no-op when this process runs none). */
export function wakePollingWorker(name: string): void {
  globalThis.swarmlensWorkers?.get(name)?.wake();
}
