import { expect, test } from 'vitest';
import { splitCodeBlocks, type TextBlock } from './text-blocks';

test.each<[string, string, TextBlock[]]>([
  ['empty', '', []],
  [
    'plain text keeps its line breaks',
    'Pool size 200\nUse PgBouncer',
    [{ kind: 'text', text: 'Pool size 200\nUse PgBouncer' }],
  ],
  [
    'text, an indented sql block, text',
    'Add indexes:\n   ```sql\n   CREATE INDEX a ON b(c);\n     -- nested\n   ```\nThen retest.',
    [
      { kind: 'text', text: 'Add indexes:' },
      { kind: 'code', text: 'CREATE INDEX a ON b(c);\n  -- nested', lang: 'sql' },
      { kind: 'text', text: 'Then retest.' },
    ],
  ],
  ['an unclosed fence runs to the end', '```\nline 1\nline 2', [{ kind: 'code', text: 'line 1\nline 2', lang: null }]],
  ['tilde fences and CRLF', '~~~ini\r\n[pgbouncer]\r\n~~~\r\n', [{ kind: 'code', text: '[pgbouncer]', lang: 'ini' }]],
  ['HTML stays text', '<script>alert(1)</script>', [{ kind: 'text', text: '<script>alert(1)</script>' }]],
  ['inline backticks are not a fence', 'Use `only()` here', [{ kind: 'text', text: 'Use `only()` here' }]],
  [
    'dedent: up to the fence indent, spaces only, per line',
    '  ```\n    four\n one\n\tTab\n\n  two\n  ```',
    [{ kind: 'code', text: '  four\none\n\tTab\n\ntwo', lang: null }],
  ],
  [
    'a fence closed at once',
    '```\n```\nafter',
    [
      { kind: 'code', text: '', lang: null },
      { kind: 'text', text: 'after' },
    ],
  ],
  [
    'a fence on the last line',
    'before\n```js',
    [
      { kind: 'text', text: 'before' },
      { kind: 'code', text: '', lang: 'js' },
    ],
  ],
  ['an unclosed fence keeps a final newline', '```\na\n', [{ kind: 'code', text: 'a\n', lang: null }]],
  ['a shorter fence does not close a longer one', '````\n```\n````', [{ kind: 'code', text: '```', lang: null }]],
  [
    'a closing fence may have trailing spaces',
    '```\nx\n```  \ny',
    [
      { kind: 'code', text: 'x', lang: null },
      { kind: 'text', text: 'y' },
    ],
  ],
  [
    'lines break at \\n only: U+2028 is text',
    '```\na\u2028```\n```',
    [{ kind: 'code', text: 'a\u2028```', lang: null }],
  ],
  [
    'two blocks',
    '```a\n1\n```\n~~~b\n2\n~~~',
    [
      { kind: 'code', text: '1', lang: 'a' },
      { kind: 'code', text: '2', lang: 'b' },
    ],
  ],
])('%s', (_what, source, blocks) => expect(splitCodeBlocks(source)).toEqual(blocks));
