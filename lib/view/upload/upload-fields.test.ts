import { describe, expect, test } from 'vitest';
import { tagsSchema, uploadFieldsSchema } from '../../server/schemas/runs';
import { formFields, parseTags, savedLabels, validateFields, type UploadFields } from './upload-fields';

const EMPTY: UploadFields = { label: '', project: '', tags: '', notes: '' };

describe('parseTags', () => {
  test.each([
    ['', []],
    ['  ,  , ', []],
    ['demo', ['demo']],
    [' demo , pool-size-2 ,demo,', ['demo', 'pool-size-2']],
    ['release 1.4, nightly', ['release 1.4', 'nightly']],
  ])('%j -> %j, as the server reads them', (text, tags) => {
    expect(parseTags(text)).toEqual(tags);
    expect(tagsSchema.parse(text)).toEqual(tags);
  });
});

describe('savedLabels', () => {
  test.each([
    { label: '', own: ['smallpool-20u'], want: ['smallpool-20u'] },
    { label: '  ', own: [null], want: ['Untitled run'] },
    { label: 'Release 1.4', own: ['smallpool-20u'], want: ['Release 1.4'] },
    { label: '', own: ['report', 'report (HTML report)'], want: ['report', 'report (HTML report)'] },
    {
      label: 'Nightly',
      own: ['report', 'report (HTML report)'],
      want: ['Nightly (report)', 'Nightly (report (HTML report))'],
    },
    { label: 'Nightly', own: ['a', null], want: ['Nightly (a)', 'Nightly (run)'] },
  ])('$label with $own', ({ label, own, want }) => {
    expect(savedLabels(label, own)).toEqual(want);
  });
});

describe('validateFields', () => {
  test.each<[string, Partial<UploadFields>, string[]]>([
    ['empty fields are fine', {}, []],
    ['a tag over 64 characters', { tags: `ok, ${'x'.repeat(65)}` }, ['tags']],
    ['51 tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`).join(',') }, ['tags']],
    ['a label over 200 characters', { label: 'l'.repeat(201) }, ['label']],
    ['a project over 200 characters', { project: 'p'.repeat(201) }, ['project']],
    ['notes over 20,000 characters', { notes: 'n'.repeat(20_001) }, ['notes']],
    ['a build of 100 characters', { build: 'b'.repeat(100) }, []],
    ['a build over 100 characters', { build: 'b'.repeat(101) }, ['build']],
    ['a build with a line break', { build: 'a1b2\nc3' }, ['build']],
  ])('%s', (_, patch, invalid) => {
    const fields = { ...EMPTY, ...patch };
    expect(Object.keys(validateFields(fields)).sort()).toEqual(invalid);
    // The server agrees: what passes here passes its schema.
    const sent = Object.fromEntries(formFields(fields));
    expect(uploadFieldsSchema.safeParse(sent).success).toBe(invalid.length === 0);
  });
});

describe('formFields', () => {
  test.each<[Partial<UploadFields>, [string, string][]]>([
    [{}, []],
    [
      { label: ' Release 1.4 ', project: 'Checkout', tags: 'a, b,,a', notes: 'DB pool at 2' },
      [
        ['label', 'Release 1.4'],
        ['project', 'Checkout'],
        ['tags', 'a,b'],
        ['notes', 'DB pool at 2'],
      ],
    ],
    [{ notes: '   ' }, []],
    [{ build: ' 3f9c2a1 ' }, [['build', '3f9c2a1']]],
    [{ build: '  ' }, []],
  ])('%j', (patch, want) => {
    expect(formFields({ ...EMPTY, ...patch })).toEqual([...want, ['meta', '{"source":"browser"}']]);
  });
});
