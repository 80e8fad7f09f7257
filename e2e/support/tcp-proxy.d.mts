export interface TcpProxy {
  readonly port: number;
  readonly connections: number;
  up(): Promise<void>;
  down(): Promise<void>;
  cut(): void;
  close(): Promise<void>;
}
export function startTcpProxy(target: { host: string; port: number }, port?: number): Promise<TcpProxy>;
