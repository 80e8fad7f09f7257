// The sort arrow of a sortable column header (▲ ascending, ▼ descending, ↕ not sorted).
const IDLE = 'text-slate-300 group-hover/sort:text-slate-400';

export function SortIndicator({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <span aria-hidden className={`mt-0.5 text-[10px] ${direction ? 'text-brand-600' : IDLE}`}>
      {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
    </span>
  );
}
