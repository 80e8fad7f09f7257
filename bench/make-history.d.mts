export function makeHistory(path: string, rows?: number, endpoints?: number): Promise<void>;
export function makeStats(endpoints?: number): string;
