import { expect, test } from 'vitest';
import { deletionConfirm, deletionDescription, deletionTitle } from './delete-project-words';

const REST = 'sign-offs, roadmap, and the share links and meeting notes that show it';
const FILES = 'statistics, time series and original files';

test.each([
  [
    { name: 'Shop', runCount: 0, setCount: 0 },
    'Delete “Shop”?',
    'Delete project',
    `It has no runs. Its ${REST} go with it. This cannot be undone.`,
  ],
  [
    { name: 'Shop', runCount: 1, setCount: 1 },
    'Delete “Shop” and its 1 run?',
    'Delete project and its run',
    `Its run goes with it (${FILES}), and so do its 1 criteria set, ${REST}. This cannot be undone.`,
  ],
  [
    { name: 'Shop', runCount: 1200, setCount: 2 },
    'Delete “Shop” and its 1,200 runs?',
    'Delete project and 1,200 runs',
    `Its 1,200 runs go with it (${FILES}), and so do its 2 criteria sets, ${REST}. This cannot be undone.`,
  ],
])('%o', (project, title, confirm, description) => {
  expect(deletionTitle(project)).toBe(title);
  expect(deletionConfirm(project)).toBe(confirm);
  expect(deletionDescription(project)).toBe(description);
});
