import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { StoredFileInfo } from '@/lib/domain/shapes/stored-run';
import { formatBytes } from '@/lib/domain/format/format';

/** The run's original files, named but not downloadable: downloads go through the API, which needs sign-in. */
export function SharedFiles({ files }: { files: StoredFileInfo[] }) {
  if (files.length === 0) return null;
  return (
    <Card
      title={`Original files (${files.length})`}
      actions={<span className="text-xs text-slate-500">not downloadable from a shared link</span>}
    >
      <ul className="divide-y divide-slate-100 text-sm">
        {files.map((f) => (
          <li key={f.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-1.5">
            <span className="min-w-0 font-mono text-xs break-all text-slate-900" title={`SHA-256 ${f.sha256}`}>
              {f.name}
            </span>
            <Badge>{f.kind}</Badge>
            <span className="text-slate-600">
              {f.format} · Locust {f.versions}
            </span>
            <span className="num ml-auto whitespace-nowrap text-slate-600">{formatBytes(f.sizeBytes)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
