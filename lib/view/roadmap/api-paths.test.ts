import { expect, test } from 'vitest';
import { roadmapApi } from './api-paths';

test('paths encode ids', () => {
  expect(roadmapApi.item('itm 1/2')).toBe('/api/roadmap/items/itm%201%2F2');
  expect(roadmapApi.markdown('prj_1')).toBe('/api/projects/prj_1/roadmap?format=md');
  expect(roadmapApi.phaseItems('phs_1')).toBe('/api/roadmap/phases/phs_1/items');
});
