// GET /api/projects/:id/history-settings – the history branch, change-point level, window, smallest size and
// era rules (defaults filled in)
// PATCH /api/projects/:id/history-settings – any of them (null: the default) → 200 the settings; the whole
// history is searched again. Editors of the project.
import { requestCaller } from '@/lib/server/http/caller';
import { json, withErrors } from '@/lib/server/http/respond';
import { historySettingsPatchSchema } from '@/lib/server/schemas/history';
import { getHistorySettings, updateHistorySettings } from '@/lib/server/services/change-point-service';
import { requireEditor } from '@/lib/server/services/project-access';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = withErrors(async (_request: Request, { params }: Context) =>
  json(await getHistorySettings((await params).id)),
);

export const PATCH = withErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  await getHistorySettings(id); // 404 first
  await requireEditor(requestCaller(request), { project: id });
  const patch = historySettingsPatchSchema.parse(await request.json().catch(() => undefined));
  return json(await updateHistorySettings(id, patch));
});
