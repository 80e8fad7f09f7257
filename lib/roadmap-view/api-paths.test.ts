import { expect, test } from 'vitest';
import { apiErrorText, roadmapApi } from './api-paths';

test('paths encode ids', () => {
  expect(roadmapApi.item('itm 1/2')).toBe('/api/roadmap/items/itm%201%2F2');
  expect(roadmapApi.markdown('prj_1')).toBe('/api/projects/prj_1/roadmap?format=md');
  expect(roadmapApi.phaseItems('phs_1')).toBe('/api/roadmap/phases/phs_1/items');
});

test.each<[unknown, string]>([
  [{ error: { message: 'a task needs a phase heading first', details: { line: 12 } } }, 'Line 12: a task needs a phase heading first'],
  [{ error: { message: 'line 12: a task needs a phase heading first', details: { line: 12 } } }, 'line 12: a task needs a phase heading first'],
  [{ error: { message: 'markdown: too short' } }, 'markdown: too short'],
  [{ error: { details: { line: 3 } } }, 'Line 3: The server answered 400'],
  [null, 'The server answered 400'],
  ['<html>', 'The server answered 400'],
])('apiErrorText(%o)', (body, text) => expect(apiErrorText(body, 'The server answered 400')).toBe(text));
