// Share links as stored and listed.

export type ShareKind = 'run' | 'comparison' | 'project';

export interface ShareSettings {
  groups: string[];
  steps: boolean;
}

export interface ShareRecord {
  id: string;
  kind: ShareKind;
  runIds: string[];
  baselineRunId: string | null;
  projectId: string | null;
  settings: ShareSettings;
  title: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  viewCount: number;
  lastViewedAt: string | null;
}
