// The files table of the upload preview, rendered on the server: each file's encoding, how sure
// the detector was, a warning below 0.8 and a select to choose another.
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { buildPreview } from '@/lib/view/upload/preview-model';
import { PreviewFiles } from './preview-files';

const dir = new URL('../../fixtures/locust-real/zhajiangmian-locust1.1-gbk/', import.meta.url);
const inputs = ['locust_stats.csv', 'locust_failures.csv'].map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(new URL(name, dir))),
}));
const files = inputs.map((f) => new File([f.bytes as BlobPart], f.name));
const render = (encodings: Record<string, string> = {}) =>
  renderToStaticMarkup(
    createElement(PreviewFiles, {
      files,
      preview: buildPreview(inputs, encodings),
      runLabels: new Map(),
      onRemove: () => {},
      onEncoding: () => {},
      disabled: false,
    }),
  );

test('a low-confidence guess shows its confidence, a warning and a select of encodings', () => {
  const html = render();
  expect(html).toContain('aria-label="Encoding of locust_stats.csv"');
  expect(html).toMatch(/<option value="gb18030" selected="">Chinese simplified \(GB18030 \/ GBK\)<\/option>/);
  expect(html).toContain('detected, 10% sure: check the names');
  expect(html).toContain('<option value="euc-kr">Korean (EUC-KR / CP949)</option>');
});

test('a chosen encoding says so and offers to detect again', () => {
  const html = render({ 'locust_stats.csv': 'gbk' });
  expect(html).toMatch(/<option value="gbk" selected="">GBK<\/option>/);
  expect(html).toContain('chosen<button');
  expect(html).not.toContain('check the names');
});
