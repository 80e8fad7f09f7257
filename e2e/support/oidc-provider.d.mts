export const OTHER_CLIENT_ID: string;
export interface OidcProvider {
  issuer: string;
  holdNextAnswer(): Promise<string>;
  tamperNextIdToken(kind: 'audience' | 'expired' | 'signature'): void;
  close(): Promise<void>;
}
export function startOidcProvider(options: {
  port: number;
  clients: Record<string, unknown>[];
  accounts: Record<string, Record<string, unknown>>;
}): Promise<OidcProvider>;
