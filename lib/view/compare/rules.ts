// The compare page's baseline rule picker (issue 19): the rules of the target's project, and the rule the URL
// names (`baseline=rule:NAME`) with the run it picked and why. Data only.

export interface CompareRules {
  /** The rules of the target's project, by name, with what each picks in words. */
  rules: { name: string; description: string }[];
  /** The rule the URL names; null: the baseline is a run. */
  chosen: { name: string; runId: string; label: string; reason: string } | null;
  /** The runs as the URL gave them (the rule's run left out): the picker's links start from them. */
  ids: string[];
}
