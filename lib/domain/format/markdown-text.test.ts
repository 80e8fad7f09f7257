import { expect, test } from 'vitest';
import { mdText } from './markdown-text';

test.each([
  ['<script>window.__pwned=1</script>', '\\<script\\>window.\\_\\_pwned=1\\</script\\>'],
  ['<img src=x onerror="window.__pwned=2">', '\\<img src=x onerror="window.\\_\\_pwned=2"\\>'],
  ['[x](javascript:alert(1))', '\\[x\\](javascript\\:alert(1))'],
  ['![t](http://evil/x.png)', '\\!\\[t\\](http\\://evil/x.png)'],
  ['/a|b`c`', '/a\\|b\\`c\\`'],
  ['/line1\n# heading', '/line1 # heading'],
  ['\r=2+2', ' =2+2'],
  ['see www.evil.test or a@b.test', 'see www\\.evil.test or a\\@b.test'],
  ['&lt;b&gt;', '\\&lt;b\\&gt;'],
  ['GET /api/v1/users?id=[id]', 'GET /api/v1/users?id=\\[id\\]'],
  ['C:\\path *bold* _em_ ~~s~~ $x$', 'C\\:\\\\path \\*bold\\* \\_em\\_ \\~\\~s\\~\\~ \\$x\\$'],
])('%j -> %j', (text, escaped) => {
  expect(mdText(text)).toBe(escaped);
});
