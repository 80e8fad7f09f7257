import { describe, expect, test } from 'vitest';
import { uploadMetaField } from './provenance-option';

const GITLAB = {
  GITLAB_CI: 'true',
  CI_COMMIT_SHA: '3f786850e387550fdab836ed7e6dc881de23001b',
  CI_COMMIT_BRANCH: 'main',
  CI_ENVIRONMENT_NAME: 'staging',
  CI_JOB_URL: 'https://gitlab.com/acme/shop/-/jobs/1',
};

describe('the meta field of swarmlens upload', () => {
  test('source cli and what CI says', () => {
    expect(JSON.parse(uploadMetaField({}, GITLAB))).toEqual({
      source: 'cli',
      commit: GITLAB.CI_COMMIT_SHA,
      branch: 'main',
      environment: 'staging',
      buildUrl: GITLAB.CI_JOB_URL,
    });
  });

  test('--commit, --branch, --environment win; an empty one says none', () => {
    const meta = JSON.parse(uploadMetaField({ commit: ' abc1234 ', branch: '', environment: 'perf' }, GITLAB));
    expect(meta).toMatchObject({ commit: 'abc1234', branch: null, environment: 'perf' });
  });

  test('outside CI: nulls', () => {
    expect(JSON.parse(uploadMetaField({}, {}))).toEqual({
      source: 'cli',
      commit: null,
      branch: null,
      environment: null,
      buildUrl: null,
    });
  });

  test('a value the server would refuse is a usage error naming the option', () => {
    expect(() => uploadMetaField({ branch: 'b'.repeat(256) }, {})).toThrow('--branch is at most 255 characters');
    expect(() => uploadMetaField({ commit: 'a\nb' }, {})).toThrow('--commit holds a control character');
  });
});
