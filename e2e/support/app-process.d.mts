export const faultPort: (n: number) => number;
export interface AppProcess {
  url: string;
  pid: number;
  log(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}
export function startApp(options: { port: number; databaseUrl: string; user?: string | null; until?: 'healthy' | 'answering'; env?: Record<string, string> }): Promise<AppProcess>;
