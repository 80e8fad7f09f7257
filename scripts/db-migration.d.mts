export function nameError(name: unknown): string | null;
export function stamp(date: Date): string;
export function migrationFolder(existing: string[], now: Date, name: string): string;
export function prisma6Schema(schema: string, url: string): string;
export function hasStatements(sql: string): boolean;
