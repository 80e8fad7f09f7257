// A project as a slide deck: verdicts over time, each criteria set on the latest run, roadmap progress.
import Link from 'next/link';
import { VerdictMatrix } from '@/components/project/verdict-matrix';
import { buildVerdictMatrix } from '@/lib/view/criteria/verdict-matrix';
import { projectSlides, type ProjectDeckData, type ProjectSlide } from '@/lib/view/present/slides';
import { matrixSlice, type MatrixPageSet } from '@/lib/view/present/verdict-pages';
import { Deck, type DeckSlide } from './deck';
import { CriteriaSlide, RoadmapSlide } from './plan-slides';
import { VerdictMark } from './slide-parts';

/** One page of "Verdicts over time" (lib/view/present/verdict-pages): the latest verdict of its sets, and the matrix
 *  of its rows over the latest runs. */
function VerdictsSlide({
  data,
  sets: shown,
  firstRun,
}: {
  data: ProjectDeckData;
  sets: MatrixPageSet[];
  firstRun: number;
}) {
  const { evaluation, sets } = data;
  const latest = evaluation.runs.at(-1);
  const runCount = evaluation.runs.length;
  const columns = runCount - firstRun;
  const onSlide = sets.filter((set) => shown.some((s) => s.setId === set.id));
  const matrix = matrixSlice(buildVerdictMatrix(evaluation, onSlide), shown, firstRun);
  return (
    <div className="space-y-6">
      {latest && (
        <ul className="flex flex-wrap gap-x-10 gap-y-3 text-2xl" aria-label={`Verdicts on ${latest.label}`}>
          {onSlide.map((set) => {
            const v = evaluation.sets.find((s) => s.setId === set.id)?.verdicts.at(-1);
            return v ? (
              <li key={set.id} className="flex items-center gap-3">
                <span className="font-medium text-slate-900">{set.name}</span>
                <VerdictMark verdict={v.verdict} />
              </li>
            ) : null;
          })}
          <li className="self-center text-lg text-slate-600">
            on {latest.label}, the latest of {runCount} {runCount === 1 ? 'run' : 'runs'}
            {columns < runCount && `; the table shows the latest ${columns}`}
          </li>
        </ul>
      )}
      <div className="text-xl [&_td]:text-lg [&_th]:text-lg">
        <VerdictMatrix matrix={matrix} selectedRunId={latest?.id ?? null} />
      </div>
    </div>
  );
}

function content(slide: ProjectSlide, data: ProjectDeckData, projectHref: string | null) {
  const runs = data.evaluation.runs.map((r) => ({ id: r.id, label: r.label }));
  switch (slide.kind) {
    case 'project-verdicts':
      return <VerdictsSlide data={data} sets={slide.sets} firstRun={slide.firstRun} />;
    case 'project-set': {
      const set = data.sets.find((s) => s.id === slide.setId);
      const verdict = data.evaluation.sets.find((s) => s.setId === slide.setId)?.verdicts.at(-1);
      const run = runs.find((r) => r.id === slide.runId);
      return (
        set &&
        verdict && <CriteriaSlide set={set} verdict={verdict} runName={run?.label ?? slide.runId} rows={slide.rows} />
      );
    }
    case 'project-roadmap':
      return <RoadmapSlide view={data.roadmap} runs={runs} />;
    case 'project-empty':
      return (
        <p className="text-3xl leading-snug text-slate-800">
          Nothing to present yet: this project has no judged runs and no roadmap.
          {projectHref && (
            <>
              {' '}
              <Link href={projectHref} className="font-semibold text-brand-700 underline">
                Add criteria sets or a roadmap
              </Link>{' '}
              on the project page.
            </>
          )}
        </p>
      );
  }
}

/** `exitHref`/`readOnly`: a shared link's deck leaves to the share page and links nothing that needs sign-in. */
export function ProjectDeck({
  data,
  exitHref,
  readOnly = false,
}: {
  data: ProjectDeckData;
  exitHref?: string;
  readOnly?: boolean;
}) {
  const projectHref = `/projects/${encodeURIComponent(data.project.id)}`;
  const slides: DeckSlide[] = projectSlides(data).map((slide, i) => ({
    key: `${i + 1}-${slide.kind}`,
    title: slide.title,
    content: content(slide, data, readOnly ? null : projectHref),
  }));
  return <Deck title={data.project.name} slides={slides} exitHref={exitHref ?? projectHref} />;
}
