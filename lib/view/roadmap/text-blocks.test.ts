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
])('%s', (_what, source, blocks) => expect(splitCodeBlocks(source)).toEqual(blocks));
