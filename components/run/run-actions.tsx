'use client';
import { useState } from 'react';
import { ShareButton } from '@/components/share/share-button';
import { Button } from '@/components/ui/button';
import { runShare } from '@/lib/view/share/request';
import { DeleteRunDialog } from './delete-run-dialog';
import { EditRunDialog } from './edit-run-dialog';
import type { OriginValues } from './provenance-fields';

interface Props {
  runId: string;
  label: string;
  tags: string[];
  notes: string | null;
  userCount: number | null;
  spawnRate: number | null;
  build?: string | null;
  origin?: OriginValues;
  fileCount: number;
}

export function RunActions(props: Props) {
  const { runId, label, tags, notes, userCount, spawnRate, build = null, origin, fileCount } = props;
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const close = () => setDialog(null);
  return (
    <div className="flex shrink-0 gap-2">
      <ShareButton request={runShare(runId)} what="this run" />
      <Button variant="secondary" onClick={() => setDialog('edit')}>
        <PencilIcon /> Edit
      </Button>
      <Button variant="secondary" className="text-bad hover:bg-red-50" onClick={() => setDialog('delete')}>
        <TrashIcon /> Delete
      </Button>
      {dialog === 'edit' && (
        <EditRunDialog
          runId={runId}
          initial={{ label, tags, notes, userCount, spawnRate, build, origin }}
          onClose={close}
        />
      )}
      {dialog === 'delete' && <DeleteRunDialog runId={runId} label={label} fileCount={fileCount} onClose={close} />}
    </div>
  );
}

const iconProps = {
  width: 16,
  height: 16,
  viewBox: '0 0 20 20',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.6,
  'aria-hidden': true,
} as const;

function PencilIcon() {
  return (
    <svg {...iconProps}>
      <path d="M13.5 3.5l3 3L7 16H4v-3l9.5-9.5z" strokeLinejoin="round" />
    </svg>
  );
}

function TrashIcon() {
  return (
    <svg {...iconProps}>
      <path d="M4 6h12M8 6V4h4v2M6 6l.8 10h6.4L14 6" strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}
