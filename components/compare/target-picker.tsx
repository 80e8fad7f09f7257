'use client';
import { RunPicker, type PickOption, type PickState } from './baseline-picker';

/** The run judged against the baseline: any run but the baseline (`?target=`, kept when the baseline changes). */
export function TargetPicker({
  options,
  state,
  targetId,
}: {
  options: PickOption[];
  state: PickState;
  targetId: string;
}) {
  const others = options.filter((o) => o.id !== state.baseline);
  return <RunPicker label="Target" value={targetId} options={others} state={state} pick={(target) => ({ target })} />;
}
