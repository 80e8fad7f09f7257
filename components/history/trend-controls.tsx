'use client';
// The trend page's pickers: metric and basis (segmented), then the run filters (branch, environment, profile,
// users, tag). Each change updates the URL; the server renders the page for it, so a view can be shared.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTransition, type ReactNode } from 'react';
import { segmentOption } from '@/components/ui/form-styles';
import { trendHref, type TrendPageQuery } from '@/lib/view/history/trend-query';
import { METRIC_OPTION_WORDS, METRIC_ORDER } from '@/lib/view/history/words';

export interface TrendControlOptions {
  branches: string[];
  environments: string[];
  profiles: string[];
  tags: string[];
  userCounts: number[];
}

const SELECT =
  'block w-full min-w-36 max-w-64 cursor-pointer rounded-lg border border-slate-300 bg-white py-1.5 pl-2.5 pr-8 ' +
  'text-sm text-slate-900 shadow-xs focus:border-brand-500 focus:outline-2 focus:outline-brand-500/30';

const CLEAR = 'rounded-lg px-2.5 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900';

type Go = (change: Partial<TrendPageQuery>) => void;

export function TrendControls(props: { projectId: string; query: TrendPageQuery; options: TrendControlOptions }) {
  const { projectId, query, options } = props;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go: Go = (change) => startTransition(() => router.push(trendHref(projectId, query, change), { scroll: false }));
  const filtered = ['branch', 'environment', 'profile', 'tag', 'users'].some(
    (k) => query[k as keyof TrendPageQuery] !== undefined,
  );
  const users = query.users === undefined ? '' : String(query.users);
  return (
    <div className="space-y-3" aria-busy={pending}>
      <div className="flex flex-wrap items-center gap-3">
        <Segments
          label="Metric"
          value={query.metric}
          options={METRIC_ORDER}
          words={METRIC_OPTION_WORDS}
          onPick={(metric) => go({ metric })}
        />
        <Segments
          label="Basis"
          value={query.basis}
          options={['steady', 'whole'] as const}
          words={{ steady: 'Steady state', whole: 'Whole run' }}
          onPick={(basis) => go({ basis })}
        />
        <span
          aria-hidden
          className={`h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600 ${
            pending ? 'opacity-100' : 'opacity-0'
          }`}
        />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <Filter name="branch" label="Branch" all="All branches" values={options.branches} query={query} go={go} />
        <Filter
          name="environment"
          label="Environment"
          all="All environments"
          values={options.environments}
          {...{ query, go }}
        />
        <Filter name="profile" label="Profile" all="All profiles" values={options.profiles} query={query} go={go} />
        <Field id="trend-users" label="Users">
          <select
            id="trend-users"
            className={SELECT}
            value={users}
            onChange={(e) =>
              go({
                users: e.target.value === '' ? undefined : e.target.value === 'all' ? 'all' : Number(e.target.value),
              })
            }
          >
            <option value="">{options.userCounts.length > 1 ? "Newest run's count" : 'Any count'}</option>
            {options.userCounts.length > 1 && <option value="all">Every count together</option>}
            {typeof query.users === 'number' && !options.userCounts.includes(query.users) && (
              <option value={query.users}>{query.users.toLocaleString('en-US')}</option>
            )}
            {options.userCounts.map((n) => (
              <option key={n} value={n}>
                {n.toLocaleString('en-US')}
              </option>
            ))}
          </select>
        </Field>
        <Filter name="tag" label="Tag" all="All tags" values={options.tags} query={query} go={go} />
        {filtered && (
          <Link
            href={trendHref(projectId, query, {
              branch: undefined,
              environment: undefined,
              profile: undefined,
              tag: undefined,
              users: undefined,
            })}
            scroll={false}
            className={CLEAR}
          >
            Clear filters
          </Link>
        )}
      </div>
    </div>
  );
}

function Segments<T extends string>(props: {
  label: string;
  value: T;
  options: readonly T[];
  words: Record<T, string>;
  onPick: (value: T) => void;
}) {
  return (
    <div
      role="radiogroup"
      aria-label={props.label}
      className="inline-flex flex-wrap rounded-lg border border-slate-300 bg-slate-50 p-0.5 text-sm"
    >
      {props.options.map((o) => (
        <button
          key={o}
          type="button"
          role="radio"
          aria-checked={props.value === o}
          onClick={() => props.value !== o && props.onPick(o)}
          className={`rounded-md px-2.5 py-1 ${segmentOption(props.value === o)}`}
        >
          {props.words[o]}
        </button>
      ))}
    </div>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-600">
        {label}
      </label>
      {children}
    </div>
  );
}

function Filter(props: {
  name: 'branch' | 'environment' | 'profile' | 'tag';
  label: string;
  all: string;
  values: string[];
  query: TrendPageQuery;
  go: Go;
}) {
  const current = props.query[props.name];
  if (props.values.length === 0 && current === undefined) return null;
  return (
    <Field id={`trend-${props.name}`} label={props.label}>
      <select
        id={`trend-${props.name}`}
        className={SELECT}
        value={current ?? ''}
        onChange={(e) => props.go({ [props.name]: e.target.value || undefined })}
      >
        <option value="">{props.all}</option>
        {current !== undefined && !props.values.includes(current) && <option value={current}>{current}</option>}
        {props.values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </Field>
  );
}
