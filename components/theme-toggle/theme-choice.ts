// The visitor's theme choice, kept in a cookie (never on the server): the root layout reads it to render
// <html data-theme> (no flash of the other theme), the toggle writes it. "system" = no attribute, the
// system setting (prefers-color-scheme) decides. Themes themselves: app/theme.css.

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const THEME_COOKIE = 'swarmlens-theme';
/** One year, in seconds. */
const COOKIE_MAX_AGE_S = 365 * 24 * 3600;

/** Anything else than a known choice (absent, tampered) is "system". */
export function parseThemeChoice(value: string | undefined | null): ThemeChoice {
  return THEME_CHOICES.find((c) => c === value) ?? 'system';
}

/** The value of <html data-theme>: none for "system". */
export function themeAttribute(choice: ThemeChoice): 'light' | 'dark' | undefined {
  return choice === 'system' ? undefined : choice;
}

/** document.cookie assignment that stores the choice ("system" deletes the cookie). */
export function themeCookie(choice: ThemeChoice, secure: boolean): string {
  const attributes = `Path=/; SameSite=Lax${secure ? '; Secure' : ''}`;
  return choice === 'system'
    ? `${THEME_COOKIE}=; Max-Age=0; ${attributes}`
    : `${THEME_COOKIE}=${choice}; Max-Age=${COOKIE_MAX_AGE_S}; ${attributes}`;
}
