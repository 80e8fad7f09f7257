// A criteria file (docs/contract.md "Criteria file") read for `check` and `compare --criteria`:
// unusable files are a UsageError (exit 2) whose one line starts with the path ("FILE: …").
import { readFileSync } from 'node:fs';
import { ZodError } from 'zod';
import { parseCriteriaSet } from '../lib/domain/criteria/schema';
import type { CriteriaSet } from '../lib/domain/criteria/types';
import { UsageError } from './read-run-input';

export function readCriteriaFile(path: string): CriteriaSet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`${path}: no such file`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${path}: not valid JSON (${e instanceof Error ? e.message : e})`);
  }
  try {
    return parseCriteriaSet(value);
  } catch (e) {
    if (e instanceof ZodError) {
      const issue = e.issues[0]!;
      throw new UsageError(`${path}: ${issue.path.join('.') || 'file'}: ${issue.message}`);
    }
    throw e;
  }
}
