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

/** "Check against run X" (GET, changes nothing). */
export const itemCheckPath = (itemId: string, runId: string) =>
  `/api/roadmap/items/${seg(itemId)}/check?run=${seg(runId)}`;
