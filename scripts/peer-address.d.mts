export function clientAddressOf(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  trustedProxies: number,
): string;
export function trustedProxiesFromEnv(raw?: string): number;
export function installPeerAddress(trustedProxies?: number): void;
