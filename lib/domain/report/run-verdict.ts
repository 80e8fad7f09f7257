// The meeting verdict of one run (the run page and a shared run): its project's criteria sets on it, the
// criteria missed and the endpoints that drive each miss, from the run's own endpoint figures. No change
// status: a run page has no baseline. Pure.
import type { StoredCriteriaSet, Verdict } from '../criteria/types';
import type { EndpointStats } from '../locust/types';
import { meetingVerdict, type MeetingVerdict } from './meeting-verdict';
import { figuresFromRun } from './verdict-drivers';

export function runMeetingVerdict(input: {
  runLabel: string;
  endpoints: readonly EndpointStats[];
  /** Each applicable set's verdict on the run (RunPlanContext.verdicts); null: the run has no project context. */
  verdicts: readonly { set: StoredCriteriaSet; verdict: Verdict }[] | null;
  projectId: string | null;
}): MeetingVerdict {
  const sets = (input.verdicts ?? []).map(({ set, verdict }) => ({
    setId: set.id,
    name: set.name,
    verdict: verdict.verdict,
    criteria: set.criteria,
    results: verdict.results,
  }));
  return meetingVerdict({
    judgedRun: input.runLabel,
    sets,
    endpoints: figuresFromRun(input.endpoints),
    change: null,
    defineHref: input.projectId === null ? null : `/projects/${encodeURIComponent(input.projectId)}#sets-title`,
  });
}
