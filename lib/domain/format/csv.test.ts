import { expect, test } from 'vitest';
import { csvCell, toCsv } from './csv';

test.each<[string | number | null, string]>([
  // RFC 4180 quoting
  ['plain', 'plain'],
  ['a,b', '"a,b"'],
  ['say "hi"', '"say ""hi"""'],
  ['two\nlines', '"two\nlines"'],
  ['', ''],
  [null, ''],
  // formula neutralisation: text starting with = + - @ tab CR
  ['=HYPERLINK("http://evil/","click")', '"\'=HYPERLINK(""http://evil/"",""click"")"'],
  ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
  ['-1+1', "'-1+1"],
  ['@SUM(1+1)', "'@SUM(1+1)"],
  ['\t=1+1', "'\t=1+1"],
  ['\r=2+2', '"\'\r=2+2"'],
  ['/a=b', '/a=b'],
  ['<script>window.__pwned=1</script>', '<script>window.__pwned=1</script>'],
  // numbers stay numbers, negative ones too
  [-12.5, '-12.5'],
  [0, '0'],
  [1234.5, '1234.5'],
  [NaN, ''],
  [Infinity, ''],
])('%j -> %j', (value, cell) => {
  expect(csvCell(value)).toBe(cell);
});

test('a table: BOM, CRLF line ends, header neutralised like any text', () => {
  expect(
    toCsv(
      ['Name', '=run', 'n'],
      [
        ['/x', 'a,b', -1],
        [null, '-x', 2],
      ],
    ),
  ).toBe('\uFEFFName,\'=run,n\r\n/x,"a,b",-1\r\n,\'-x,2\r\n');
});
