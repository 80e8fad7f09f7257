// A comparison as a slide deck: the slides lib/view/present plans, each drawn from the compare model.
import { StepsTable } from '@/components/compare/steps-table';
import type { CompareModel } from '@/lib/view/compare/model';
import { compareSlides, type CompareSlide } from '@/lib/view/present/slides';
import { PercentilesSlide, ScalingCurveSlide, ScalingSlide } from './chart-slides';
import { Deck, type DeckSlide } from './deck';
import { FailuresSlide, WorstEndpointsSlide } from './endpoint-slides';
import { CriteriaSlide, RoadmapSlide } from './plan-slides';
import { HeadlineSlide, VerdictSlide } from './verdict-slides';

/** "40 users vs 20 users", "Load steps of nightly-08", "5 runs compared". */
export function compareDeckTitle(model: CompareModel): string {
  if (model.stepped) return `Load steps of ${model.stepped.runName}`;
  return model.runs.length <= 3 ? model.runs.map((r) => r.name).join(' vs ') : `${model.runs.length} runs compared`;
}

function content(slide: CompareSlide, model: CompareModel) {
  switch (slide.kind) {
    case 'verdict':
      return <VerdictSlide model={model} />;
    case 'headline':
      return <HeadlineSlide model={model} />;
    case 'steps':
      return model.steps && <StepsTable view={model.steps} />;
    case 'percentiles':
      return <PercentilesSlide model={model} />;
    case 'endpoints':
      return <WorstEndpointsSlide model={model} indices={slide.endpoints} />;
    case 'failures':
      return <FailuresSlide model={model} ids={slide.rows} />;
    case 'scaling':
      return <ScalingSlide model={model} />;
    case 'scaling-curve':
      return model.scalingCurve && <ScalingCurveSlide view={model.scalingCurve} />;
    case 'criteria': {
      const found = model.plan?.verdicts.find((v) => v.set.id === slide.setId);
      const target = model.runs[model.head.targetIndex]?.name ?? model.verdict.targetName;
      return found && <CriteriaSlide set={found.set} verdict={found.verdict} runName={target} rows={slide.rows} />;
    }
    case 'roadmap':
      return (
        model.plan && (
          <RoadmapSlide view={model.plan.roadmap} runs={model.runs.map((r) => ({ id: r.id, label: r.name }))} />
        )
      );
  }
}

/**
 * `exitHref`/`readOnly`: a shared link's deck leaves to the share page and links nothing that needs sign-in
 * (a comparison's slides link nowhere today: `readOnly` is accepted as ProjectDeck accepts it).
 */
export function CompareDeck({ model, exitHref }: { model: CompareModel; exitHref?: string; readOnly?: boolean }) {
  const slides: DeckSlide[] = compareSlides(model).map((slide, i) => ({
    key: `${i + 1}-${slide.kind}`,
    title: slide.title,
    content: content(slide, model),
  }));
  return <Deck title={compareDeckTitle(model)} slides={slides} exitHref={exitHref ?? model.hrefs.page} />;
}
