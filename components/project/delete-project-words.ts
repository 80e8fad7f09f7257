// What the project's delete confirmation says: how many runs (and sets) go with it. Pure.

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export interface ProjectDeletion {
  name: string;
  runCount: number;
  setCount: number;
}

export function deletionTitle({ name, runCount }: ProjectDeletion): string {
  return runCount === 0 ? `Delete “${name}”?` : `Delete “${name}” and its ${count(runCount, 'run', 'runs')}?`;
}

export function deletionDescription({ runCount, setCount }: ProjectDeletion): string {
  const sets = setCount === 0 ? '' : `${count(setCount, 'criteria set', 'criteria sets')}, `;
  const rest = `${sets}sign-offs, roadmap, and the share links and meeting notes that show it`;
  if (runCount === 0) return `It has no runs. Its ${rest} go with it. This cannot be undone.`;
  const runs = runCount === 1 ? 'Its run goes' : `Its ${count(runCount, 'run', 'runs')} go`;
  return `${runs} with it (statistics, time series and original files), and so do its ${rest}. This cannot be undone.`;
}

/** The confirm button: "Delete project and 2 runs". */
export function deletionConfirm({ runCount }: ProjectDeletion): string {
  if (runCount === 0) return 'Delete project';
  return `Delete project and ${runCount === 1 ? 'its run' : count(runCount, 'run', 'runs')}`;
}
