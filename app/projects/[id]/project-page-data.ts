// Server-side: the project page's data (one page of runs evaluated; also the deck's and shared links'), loaded once
// per request. An unknown project answers 404.
import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { AppError } from '@/lib/server/services/errors';
import { getEndpointNamesOfRun, getProjectPage, type ProjectPage } from '@/lib/server/services/project-service';
import { projectWebhooksWithLog } from '@/lib/server/services/webhook-service';
import { listProjectBaselineRules } from '@/lib/server/services/baseline-rule-service';
import type { BaselineRuleView } from '@/lib/domain/ci/baseline-rule';
import type { WebhookWithLog } from '@/lib/view/webhooks/panel';
import { decodeSegment } from './segment';

const or404 =
  <T>(load: () => Promise<T>) =>
  async (): Promise<T> => {
    try {
      return await load();
    } catch (error) {
      if (error instanceof AppError && error.status === 404) notFound();
      throw error;
    }
  };

/** The project page: one page of runs (`page`), the selected `run`. */
export const loadProjectPage = cache((segment: string, page?: string, run?: string): Promise<ProjectPage> =>
  or404(() => getProjectPage(decodeSegment(segment), { page, run }))(),
);

/** Endpoint names of the latest run ("GET /login"), offered for endpoint scopes in the criteria editor. */
export const loadEndpointNames = cache(async (latestRunId: string | null): Promise<string[]> =>
  latestRunId ? getEndpointNamesOfRun(latestRunId) : [],
);

/** The project's baseline rules by name, for the Baseline rules panel. */
export const loadBaselineRules = cache((projectId: string): Promise<BaselineRuleView[]> =>
  listProjectBaselineRules(projectId),
);

/** The project's webhooks with their newest deliveries (never their secrets), for the Webhooks panel. */
export const loadWebhooks = cache((projectId: string): Promise<WebhookWithLog[]> => projectWebhooksWithLog(projectId));
