'use client';
import { useState, type ReactNode } from 'react';
import { THEME_CHOICES, themeAttribute, themeCookie, type ThemeChoice } from './theme-choice';

const ICON_PROPS = {
  width: 16,
  height: 16,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
} as const;

const OPTIONS: Record<ThemeChoice, { label: string; icon: ReactNode }> = {
  system: {
    label: 'System theme',
    icon: (
      <svg {...ICON_PROPS}>
        <rect x="3" y="4" width="18" height="12" rx="2" />
        <path d="M8 20h8M12 16v4" />
      </svg>
    ),
  },
  light: {
    label: 'Light theme',
    icon: (
      <svg {...ICON_PROPS}>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    ),
  },
  dark: {
    label: 'Dark theme',
    icon: (
      <svg {...ICON_PROPS}>
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
    ),
  },
};

/**
 * System / light / dark, as native radio buttons (one tab stop, arrow keys choose). The choice applies at
 * once (<html data-theme>) and is kept in a cookie, which the root layout reads on the next request.
 */
export function ThemeToggle({ initial, className = '' }: { initial: ThemeChoice; className?: string }) {
  const [choice, setChoice] = useState(initial);

  function choose(next: ThemeChoice) {
    setChoice(next);
    const attribute = themeAttribute(next);
    if (attribute) document.documentElement.dataset.theme = attribute;
    else delete document.documentElement.dataset.theme;
    document.cookie = themeCookie(next, window.location.protocol === 'https:');
  }

  return (
    <fieldset
      data-print-hide
      className={`inline-flex rounded-lg border border-slate-200 bg-slate-50 p-0.5 ${className}`}
    >
      <legend className="sr-only">Theme</legend>
      {THEME_CHOICES.map((c) => (
        <label key={c} title={OPTIONS[c].label} className="relative cursor-pointer">
          <input
            type="radio"
            name="theme"
            value={c}
            checked={choice === c}
            onChange={() => choose(c)}
            aria-label={OPTIONS[c].label}
            className="peer sr-only"
          />
          <span
            className={[
              'flex h-7 w-7 items-center justify-center rounded-md text-slate-500',
              'peer-checked:bg-white peer-checked:text-slate-900 peer-checked:shadow-sm',
              'peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500 hover:text-slate-900',
            ].join(' ')}
          >
            {OPTIONS[c].icon}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
