// Access roles and API tokens as the token pages show them.

export type Role = 'viewer' | 'editor';

export interface ApiTokenInfo {
  id: string;
  name: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
