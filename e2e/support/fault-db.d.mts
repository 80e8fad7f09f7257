export const POSTGRES_ADMIN_URL: string;
export function createEmptyPgDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }>;
export function countPgTables(name: string): Promise<Record<string, number>>;
export function inspectSqlite(path: string): { counts: Record<string, number>; integrity: string };
export function dataTables(counts: Record<string, number>): Record<string, number>;
export function whenWriting(isWriting: () => boolean | Promise<boolean>, timeoutMs?: number): Promise<void>;
export interface Writer {
  isWriting(): boolean | Promise<boolean>;
  close(): unknown;
}
export function sqliteWriter(path: string): Writer;
export function pgWriter(name: string): Promise<Writer>;
