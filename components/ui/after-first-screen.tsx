// Sections of thousands of rows (endpoint tables, the time series, charts) sent after the first screen: the verdict
// and the headline figures reach the browser, which paints them, while these stream in behind them in the same
// response (a 5,000-endpoint run page carries over 1 MB of rows; the compare page fetches its endpoint and
// attribution rows once it is interactive instead: components/compare/endpoints-context.tsx). Server component.
import { Suspense, type ReactNode } from 'react';
import { PendingSection } from './pending-section';

/** Resolves after the event loop's current turn: React sends what it has rendered so far first. */
const afterThisTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function Later({ children }: { children: ReactNode }) {
  await afterThisTurn();
  return children;
}

/** `what`: what the placeholder says is coming ("the endpoint tables"). */
export function AfterFirstScreen({ what, children }: { what: string; children: ReactNode }) {
  return (
    <Suspense fallback={<PendingSection>Loading {what}…</PendingSection>}>
      <Later>{children}</Later>
    </Suspense>
  );
}
