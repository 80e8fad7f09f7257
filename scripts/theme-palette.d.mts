export const CHART: Record<string, string>;
export function render(): string;
export function darkPalette(): [string, string][];
export function darkHexes(): Record<string, string>;
export function darkChart(hex: string): string;
export function contrast(a: string, b: string): number;
export function lightOverrides(): [string, string][];
export function toHex(color: { l: number; c: number; h: number }): string;
export function lightHexes(): Record<string, string>;
