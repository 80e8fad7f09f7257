import type { ReactNode } from 'react';
import { Stat } from '@/components/ui/stat';
import { goodputRps } from '@/lib/domain/analysis/goodput';
import type { RunSummary } from '@/lib/domain/shapes/stored-run';
import { formatCount, formatDuration, formatMs, formatRate, NONE } from '@/lib/domain/format/format';
import { failurePercentText } from '@/lib/domain/format/cells';

/** "1,900 ms" -> 1,900 with a small "ms"; "9.33/s" -> 9.33 with a small "/s". */
function withUnit(text: string): ReactNode {
  if (text === NONE) return <span className="text-slate-400">{NONE}</span>;
  const m = /^(.*?)(\s?(?:ms|s|\/s|%|M))$/.exec(text);
  if (!m) return <span className="whitespace-nowrap">{text}</span>;
  return (
    <span className="whitespace-nowrap">
      {m[1]}
      <span className="ml-0.5 text-sm font-medium text-slate-500">{m[2]?.trim()}</span>
    </span>
  );
}

/** "9 min 56 s" -> 9 min 56 s with small units, so it fits a narrow card. */
function durationValue(text: string): ReactNode {
  if (text === NONE) return withUnit(text);
  return (
    <span className="whitespace-nowrap">
      {text.split(' ').map((part, i) =>
        /^\d/.test(part) ? (
          <span key={i}>{part}</span>
        ) : (
          <span key={i} className="mr-1 ml-0.5 text-sm font-medium text-slate-500">
            {part}
          </span>
        ),
      )}
    </span>
  );
}

/** The run's headline figures (Aggregated row: whole run, or over the steady state with `window` steady). */
export function HeadlineStats({ summary: s, window = 'whole' }: { summary: RunSummary; window?: 'whole' | 'steady' }) {
  const failing = s.failureRate !== null && s.failureRate > 0;
  return (
    <section
      aria-label="Headline figures"
      className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5 xl:grid-cols-10"
    >
      <Stat
        label="Requests"
        value={
          s.requests >= 1_000_000
            ? withUnit(`${(s.requests / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 2 })} M`)
            : withUnit(formatCount(s.requests))
        }
        hint={s.requests >= 1_000_000 ? formatCount(s.requests) : `${formatCount(s.endpointCount)} endpoints`}
      />
      <Stat
        label="Failures"
        value={withUnit(failurePercentText(s.failureRate))}
        tone={failing ? 'bad' : s.failureRate === 0 ? 'ok' : undefined}
        hint={`${formatCount(s.failures)} failed`}
      />
      <Stat
        label="Req/s"
        value={withUnit(formatRate(s.rps))}
        hint={window === 'steady' ? 'all requests, steady-state average' : 'all requests, whole run'}
      />
      <Stat label="Goodput" value={withUnit(formatRate(goodputRps(s)))} hint="successful req/s" />
      <Stat label="Median" value={withUnit(formatMs(s.medianMs))} />
      <Stat label="P95" value={withUnit(formatMs(s.p95Ms))} />
      <Stat label="P99" value={withUnit(formatMs(s.p99Ms))} />
      <Stat label="Max" value={withUnit(formatMs(s.maxMs))} />
      <Stat label="Users" value={withUnit(formatCount(s.userCount))} hint={s.userCount !== null ? 'peak' : undefined} />
      <Stat label="Duration" value={durationValue(formatDuration(s.durationS))} />
    </section>
  );
}
