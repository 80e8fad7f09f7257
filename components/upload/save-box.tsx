import { Button } from '@/components/ui/button';
import type { PreviewState } from './use-upload-preview';

interface Props {
  state: PreviewState;
  fileCount: number;
  sendCount: number;
  runCount: number;
  canSave: boolean;
  uploading: boolean;
  saved: boolean;
  /** What Save waits for (the duplicate check), said instead of the summary; null when nothing. */
  waitFor?: string | null;
  onCancel: () => void;
}

/** What Save will do, and the button itself. */
export function SaveBox(props: Props) {
  const { state, fileCount, sendCount, runCount, canSave, uploading, saved, waitFor = null, onCancel } = props;
  const left = fileCount - sendCount;
  let hint: string;
  if (saved) hint = runCount === 1 ? 'Saved. Opening the run…' : 'Saved. Opening the list of runs…';
  else if (fileCount === 0) hint = 'Add a run’s files to see what will be saved.';
  else if (state.status === 'reading') hint = 'Reading the files…';
  else if (state.status === 'failed')
    hint = `The preview failed in this browser (${state.message}); the server will check the files when you save.`;
  else if (waitFor !== null && runCount > 0) hint = waitFor;
  else if (runCount === 0)
    hint = 'None of these files forms a run that can be saved. Add the run’s _stats.csv or HTML report.';
  else
    hint =
      `${runCount === 1 ? 'One run' : `${runCount} runs`} from ${sendCount} ${sendCount === 1 ? 'file' : 'files'}` +
      `${left > 0 ? `; ${left} left out (marked in red)` : ''}.`;
  const noun = state.status === 'ready' && runCount > 1 ? `${runCount} runs` : 'run';
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600" aria-live="polite">
        {hint}
      </p>
      <div className="flex gap-2">
        <Button type="submit" disabled={!canSave || waitFor !== null} className="flex-1 cursor-pointer">
          {uploading ? 'Saving…' : saved ? 'Saved' : `Save ${noun}`}
        </Button>
        {uploading && (
          <Button type="button" variant="secondary" onClick={onCancel} className="cursor-pointer">
            Cancel
          </Button>
        )}
      </div>
    </div>
  );
}
