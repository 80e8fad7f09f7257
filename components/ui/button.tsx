import type { ButtonHTMLAttributes } from 'react';

const VARIANTS = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 disabled:bg-slate-300',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:text-slate-400',
  danger: 'bg-bad text-white hover:bg-red-800 disabled:bg-slate-300',
  ghost: 'text-slate-700 hover:bg-slate-100',
} as const;

const SHAPE = 'inline-flex items-center justify-center gap-2 rounded-lg px-3.5 py-2 text-sm font-medium';

/** A Link or <a> drawn as a Button of that variant (without the colour transition; links have no disabled state). */
export const LINK_BUTTON = {
  primary: `${SHAPE} ${VARIANTS.primary}`,
  secondary: `${SHAPE} ${VARIANTS.secondary}`,
} as const;

export function Button({
  variant = 'primary',
  className = '',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS }) {
  return (
    <button
      className={`${SHAPE} transition-colors disabled:cursor-not-allowed ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
