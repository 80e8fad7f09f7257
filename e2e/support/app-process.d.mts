export const faultPort: (n: number) => number;
export interface AppProcess {
  url: string;
  pid: number;
  log(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}
export function startApp(options: {
  port: number;
  databaseUrl: string;
  obeyFileModes?: boolean;
  until?: 'healthy' | 'answering';
  env?: Record<string, string>;
}): Promise<AppProcess>;
