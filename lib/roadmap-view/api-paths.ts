// Where the roadmap UI sends its requests (app/api: roadmap, criteria sets).
const seg = encodeURIComponent;

export const roadmapApi = {
  phases: (projectId: string) => `/api/projects/${seg(projectId)}/roadmap/phases`,
  phase: (phaseId: string) => `/api/roadmap/phases/${seg(phaseId)}`,
  phaseItems: (phaseId: string) => `/api/roadmap/phases/${seg(phaseId)}/items`,
  item: (itemId: string) => `/api/roadmap/items/${seg(itemId)}`,
  markdown: (projectId: string) => `/api/projects/${seg(projectId)}/roadmap?format=md`,
  import: (projectId: string) => `/api/projects/${seg(projectId)}/roadmap/import`,
  criteriaSets: (projectId: string) => `/api/projects/${seg(projectId)}/criteria-sets`,
};

/** The message of an API error body `{ error: { message, details: { line } } }`, naming the line when there is one. */
export function apiErrorText(body: unknown, fallback: string): string {
  const error = (body as { error?: { message?: unknown; details?: { line?: unknown } } } | null)?.error;
  const message = typeof error?.message === 'string' && error.message ? error.message : fallback;
  const line = error?.details?.line;
  if (typeof line !== 'number' || new RegExp(`\\bline ${line}\\b`, 'i').test(message)) return message;
  return `Line ${line}: ${message}`;
}

/** "Check against run X" (GET, changes nothing). */
export const itemCheckPath = (itemId: string, runId: string) =>
  `/api/roadmap/items/${seg(itemId)}/check?run=${seg(runId)}`;
