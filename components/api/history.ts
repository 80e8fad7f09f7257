// The history over the HTTP API (docs/contract.md "History"): typed wrappers of apiSend.
import type { ChangePointView } from '@/lib/domain/history/change-point-view';
import type { ChangePointStatus } from '@/lib/domain/history/metric-change';
import type { HistorySettings } from '@/lib/domain/history/settings';
import { apiSend } from './client';

const at = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

export const decideChangePoint = (id: string, status: ChangePointStatus, note: string | null) =>
  apiSend<ChangePointView>('PATCH', `/api/change-points/${at(id)}`, { status, note });

/** null: back to the default. */
export type HistorySettingsChange = { [K in keyof HistorySettings]?: HistorySettings[K] | null };

export const saveHistorySettings = (projectId: string, change: HistorySettingsChange) =>
  apiSend<HistorySettings>('PATCH', `/api/projects/${at(projectId, 'history-settings')}`, change);
