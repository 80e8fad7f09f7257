import Link from 'next/link';
import { Fragment } from 'react';

/** "Projects / Shop / Plan a retest": links up the trail, then the current page (not a link). */
export function Breadcrumb({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
      {trail.map((t) => (
        <Fragment key={t.href}>
          <Link href={t.href} className="hover:text-slate-800">
            {t.label}
          </Link>
          <span aria-hidden className="mx-2">
            /
          </span>
        </Fragment>
      ))}
      <span aria-current="page" className="text-slate-700">
        {current}
      </span>
    </nav>
  );
}
