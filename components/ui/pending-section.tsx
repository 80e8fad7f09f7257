// What stands in for a section whose data is still on its way ("Loading the endpoint tables…").
import type { ReactNode } from 'react';

export function PendingSection({ children }: { children: ReactNode }) {
  return (
    <p
      role="status"
      className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-4 text-sm text-slate-600"
    >
      {children}
    </p>
  );
}
