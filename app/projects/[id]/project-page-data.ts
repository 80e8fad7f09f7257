// Server-side: the project page's data, loaded once per request (shared by generateMetadata and the
// page). An unknown project answers 404.
import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { endpointLabel } from '@/lib/compare-view/format';
import { AppError } from '@/lib/http/errors';
import { getProjectOverview, type ProjectOverview } from '@/lib/services/project-service';
import { getStoredRunOrThrow } from '@/lib/services/runs-service';

/** The segment as typed: an id, or a name (percent-encoded in the URL). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export const loadProject = cache(async (segment: string): Promise<ProjectOverview> => {
  try {
    return await getProjectOverview(decodeSegment(segment));
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
});

/** Endpoint names of the latest run ("GET /login"), offered for endpoint scopes in the criteria editor. */
export const loadEndpointNames = cache(async (latestRunId: string | null): Promise<string[]> => {
  if (!latestRunId) return [];
  try {
    const stored = await getStoredRunOrThrow(latestRunId);
    return [...new Set(stored.run.endpoints.map((e) => endpointLabel(e.method, e.name)))].sort();
  } catch {
    return [];
  }
});
