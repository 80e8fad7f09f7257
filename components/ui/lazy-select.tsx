'use client';
import { useMemo, useState } from 'react';
import { COMPACT_FIELD } from '@/components/ui/form-styles';

export interface SelectOption {
  value: string;
  label: string;
}

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** The option with value "" (e.g. "Aggregated only"). */
  emptyLabel: string;
  options: SelectOption[];
  className?: string;
}

/**
 * A native <select> that renders its (possibly thousands of) options only once the user
 * reaches for it (hover, focus), keeping them out of the server HTML and the first render.
 */
export function LazySelect({ id, value, onChange, emptyLabel, options, className = '' }: Props) {
  const [active, setActive] = useState(false);
  const all = useMemo(
    () =>
      active
        ? options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))
        : null,
    [active, options],
  );
  const current = options.find((o) => o.value === value);
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onFocus={() => setActive(true)}
      onPointerEnter={() => setActive(true)}
      className={`truncate bg-white ${COMPACT_FIELD} ${className}`}
    >
      <option value="">{emptyLabel}</option>
      {all ?? (current && <option value={current.value}>{current.label}</option>)}
    </select>
  );
}
