import { describe, expect, test } from 'vitest';
import type { RunMeta } from './types';
import { withGivenMeta } from './upload-meta';

const fromFiles: RunMeta = {
  label: 'run',
  userCount: 20,
  spawnRate: null,
  startTime: '2026-01-01T10:00:01Z',
  endTime: '2026-01-01T10:00:15Z',
  durationS: 14,
  host: null,
  locustfile: null,
  locustVersion: '2.12–2.43.3',
};

describe('withGivenMeta', () => {
  test('nothing said: the files stay, provenance is null, the source is the fallback', () => {
    expect(withGivenMeta(fromFiles, {}, 'api')).toEqual({
      ...fromFiles,
      commit: null,
      branch: null,
      environment: null,
      buildUrl: null,
      locustfileSha256: null,
      profile: null,
      source: 'api',
      locustTags: null,
    });
  });

  test("the uploader's figures win; null means not said; the duration stays the files'", () => {
    const meta = withGivenMeta(
      fromFiles,
      {
        source: 'locust-plugin',
        commit: 'abc',
        userCount: 25,
        spawnRate: null,
        startTime: '2026-01-01T10:00:00.250Z',
        endTime: '2026-01-01T10:00:16Z',
        host: 'http://127.0.0.1:1',
        locustVersion: '2.12.1',
        locustTags: { tags: ['checkout'] },
      },
      'api',
    );
    expect(meta).toMatchObject({
      source: 'locust-plugin',
      commit: 'abc',
      userCount: 25,
      spawnRate: null,
      startTime: '2026-01-01T10:00:00.250Z',
      endTime: '2026-01-01T10:00:16Z',
      durationS: 14,
      host: 'http://127.0.0.1:1',
      locustVersion: '2.12.1',
      locustTags: { tags: ['checkout'], excludeTags: null },
    });
  });

  test('a duration from the given start and end only when the files had none', () => {
    const none = { ...fromFiles, startTime: null, endTime: null, durationS: null };
    const given = { startTime: '2026-01-01T10:00:00Z', endTime: '2026-01-01T10:00:15.5Z' };
    expect(withGivenMeta(none, given, 'cli').durationS).toBe(15.5);
    expect(withGivenMeta(none, { ...given, endTime: '2026-01-01T09:00:00Z' }, 'cli').durationS).toBeNull();
  });

  test('an empty task tag selection is none', () => {
    expect(withGivenMeta(fromFiles, { locustTags: { tags: null } }, 'api').locustTags).toBeNull();
  });
});
