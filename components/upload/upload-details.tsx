import { useId, type ReactNode } from 'react';
import { parseTags, type UploadFields } from '@/lib/view/upload/upload-fields';

const input =
  'mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-xs ' +
  'placeholder:text-slate-400 focus:border-brand-500 focus:outline-2 focus:outline-brand-500/30 disabled:bg-slate-50 ' +
  'disabled:text-slate-500 aria-invalid:border-bad';

interface Props {
  fields: UploadFields;
  onChange: (patch: Partial<UploadFields>) => void;
  errors: Partial<Record<keyof UploadFields, string>>;
  runCount: number;
  projects: string[];
  defaultProject: string;
  disabled: boolean;
}

/** Label, project, build, tags and notes of the runs being uploaded. */
export function UploadDetails({ fields, onChange, errors, runCount, projects, defaultProject, disabled }: Props) {
  const id = useId();
  const tags = parseTags(fields.tags);
  const several = runCount > 1;
  return (
    <fieldset disabled={disabled} className="space-y-4">
      <legend className="sr-only">Details of the upload</legend>
      <Field
        id={`${id}-label`}
        label={several ? 'Label prefix' : 'Label'}
        error={errors.label}
        help={
          several
            ? `With ${runCount} runs the label becomes a prefix: each run is saved as “prefix (its own label)” ` +
              '(see “Saved as”). Leave empty to keep their own labels.'
            : 'Defaults to the name of the run’s files. Shown in lists and comparisons.'
        }
      >
        <input
          id={`${id}-label`}
          className={input}
          value={fields.label}
          onChange={(e) => onChange({ label: e.target.value })}
          placeholder={several ? 'e.g. Release 1.4' : 'e.g. Checkout at 100 users'}
          aria-invalid={Boolean(errors.label)}
          aria-describedby={`${id}-label-help`}
        />
      </Field>
      <Field
        id={`${id}-project`}
        label="Project"
        error={errors.project}
        help="Pick an existing project or type a new name."
      >
        <input
          id={`${id}-project`}
          className={input}
          value={fields.project}
          onChange={(e) => onChange({ project: e.target.value })}
          list={`${id}-projects`}
          placeholder={defaultProject}
          autoComplete="off"
          aria-invalid={Boolean(errors.project)}
          aria-describedby={`${id}-project-help`}
        />
        <datalist id={`${id}-projects`}>
          {projects.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      </Field>
      <Field
        id={`${id}-build`}
        label="Build"
        error={errors.build}
        help={
          `The build of the system under test (a commit or release)${several ? ', for every run of this upload' : ''}` +
          '. Runs of different builds are never fitted on one scaling curve.'
        }
      >
        <input
          id={`${id}-build`}
          className={input}
          value={fields.build ?? ''}
          onChange={(e) => onChange({ build: e.target.value })}
          placeholder="e.g. 3f9c2a1 or release-1.4"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={Boolean(errors.build)}
          aria-describedby={`${id}-build-help`}
        />
      </Field>
      <Field id={`${id}-tags`} label="Tags" error={errors.tags} help="Comma separated, e.g. nightly, db-pool-2.">
        <input
          id={`${id}-tags`}
          className={input}
          value={fields.tags}
          onChange={(e) => onChange({ tags: e.target.value })}
          placeholder="nightly, release-1.4"
          aria-invalid={Boolean(errors.tags)}
          aria-describedby={`${id}-tags-help`}
        />
        {tags.length > 0 && (
          <ul aria-label="Tags to add" className="mt-2 flex flex-wrap gap-1">
            {tags.map((t) => (
              <li key={t} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
                {t}
              </li>
            ))}
          </ul>
        )}
      </Field>
      <Field
        id={`${id}-notes`}
        label="Notes"
        error={errors.notes}
        help="What changed in this run: build, configuration, environment."
      >
        <textarea
          id={`${id}-notes`}
          className={`${input} min-h-24 resize-y`}
          value={fields.notes}
          onChange={(e) => onChange({ notes: e.target.value })}
          rows={3}
          aria-invalid={Boolean(errors.notes)}
          aria-describedby={`${id}-notes-help`}
        />
      </Field>
    </fieldset>
  );
}

function Field({
  id,
  label,
  help,
  error,
  children,
}: {
  id: string;
  label: string;
  help: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      <p id={`${id}-help`} className={`mt-1 text-xs ${error ? 'text-bad' : 'text-slate-500'}`}>
        {error ?? help}
      </p>
    </div>
  );
}
