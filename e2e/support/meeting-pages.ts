// Every page a review meeting opens, filled with real data: the Locust 2.12 series (series-meeting.ts) with its
// 14-criterion "Production GO" set and a roadmap, and three share links (comparison, run, project). Used by the
// accessibility and small-screen specs, which must reach every page with something on it.
import { expect, type APIRequestContext } from '@playwright/test';
import { uploadSeriesMeeting, type SeriesMeeting } from './series-meeting';

export interface MeetingPage {
  name: string;
  path: string;
}

export interface MeetingPages {
  meeting: SeriesMeeting;
  projectId: string;
  pages: MeetingPage[];
}

async function share(request: APIRequestContext, data: unknown): Promise<string> {
  const res = await request.post('/api/shares', { data });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { url: string }).url.split('/s/')[1]!;
}

export async function setUpMeetingPages(request: APIRequestContext, project: string): Promise<MeetingPages> {
  const meeting = await uploadSeriesMeeting(request, project);
  const [u50, u100, , retest] = meeting.ids as [string, string, string, string];
  const run = (await (await request.get(`/api/runs/${retest}`)).json()) as { project: { id: string } };
  const projectId = run.project.id;
  const markdown = '## Pool phase\n\n- [ ] Raise the database pool\n- [ ] Cache sessions\n';
  const imported = await request.post(`/api/projects/${projectId}/roadmap/import`, {
    data: { markdown, mode: 'append' },
  });
  expect(imported.status()).toBe(201);
  const all = meeting.ids.join(',');
  const comparison = await share(request, { kind: 'comparison', runs: meeting.ids });
  const runShare = await share(request, { kind: 'run', runs: [retest] });
  const projectShare = await share(request, { kind: 'project', project: projectId });
  const pages: MeetingPage[] = [
    { name: 'home', path: '/' },
    { name: 'runs list', path: '/runs' },
    { name: 'run', path: `/runs/${retest}` },
    { name: 'compare', path: `/compare?runs=${all}&target=${u100}` },
    { name: 'compare present', path: `/compare/present?runs=${all}&target=${u100}` },
    { name: 'upload', path: '/upload' },
    { name: 'projects', path: '/projects' },
    { name: 'project', path: `/projects/${projectId}` },
    { name: 'project plan', path: `/projects/${projectId}/plan?runs=${u50},${u100}` },
    { name: 'project present', path: `/projects/${projectId}/present` },
    { name: 'shares', path: '/shares' },
    { name: 'api tokens', path: '/settings/tokens' },
    { name: 'share comparison', path: `/s/${comparison}` },
    { name: 'share comparison present', path: `/s/${comparison}/present` },
    { name: 'share run', path: `/s/${runShare}` },
    { name: 'share project', path: `/s/${projectShare}` },
    { name: 'share project present', path: `/s/${projectShare}/present` },
  ];
  return { meeting, projectId, pages };
}

export async function removeMeetingPages(request: APIRequestContext, set: MeetingPages | null): Promise<void> {
  if (!set) return;
  // One transaction removes the project with its runs, criteria sets, roadmap and share links.
  await request.delete(`/api/projects/${set.projectId}`);
}
