import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import type { AuditEventInfo } from '../shapes/auth';
import { AUDIT_CSV_COLUMNS, auditCsvFileName, auditCsvHeader, auditCsvLines } from './audit-csv';

const event = (over: Partial<AuditEventInfo> = {}): AuditEventInfo => ({
  id: 'aud_1',
  at: '2026-12-15T10:20:30.000Z',
  userId: 'usr_1',
  actor: 'Dina',
  via: 'session',
  address: '10.0.0.1',
  action: 'run.delete',
  target: 'run_1',
  status: 204,
  detail: null,
  ...over,
});

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('the audit CSV', () => {
  test('starts with a BOM and the header line; one CRLF line per event, in order', () => {
    const csv = auditCsvHeader() + auditCsvLines([event(), event({ id: 'aud_2', userId: null, target: null })]);
    expect(csv.startsWith('\uFEFFat,actor,user_id,via,address,action,target,status,detail\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(parse(csv)).toEqual([
      AUDIT_CSV_COLUMNS,
      ['2026-12-15T10:20:30.000Z', 'Dina', 'usr_1', 'session', '10.0.0.1', 'run.delete', 'run_1', '204', ''],
      ['2026-12-15T10:20:30.000Z', 'Dina', '', 'session', '10.0.0.1', 'run.delete', '', '204', ''],
    ]);
  });

  test('quotes cells holding a comma, a quote or a line break (RFC 4180), and reads back the same', () => {
    const actor = 'Dina "the admin", ops';
    const detail = 'forbidden: line one\r\nline two\nthree';
    const line = auditCsvLines([event({ actor, detail })]);
    expect(line).toContain('"Dina ""the admin"", ops"');
    expect(parse(auditCsvHeader() + line)[1]).toEqual(expect.arrayContaining([actor, detail]));
  });

  test.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'a cell starting a formula (%j) gets a leading quote',
    (text) => {
      const row = parse(auditCsvHeader() + auditCsvLines([event({ actor: text, target: text, detail: text })]))[1]!;
      for (const cell of [row[1], row[6], row[8]]) expect(cell).toBe(`'${text}`);
    },
  );

  test('the status stays a number; no events, no lines', () => {
    expect(
      auditCsvLines([event({ status: 403 })])
        .trimEnd()
        .split(',')[7],
    ).toBe('403');
    expect(auditCsvLines([])).toBe('');
  });

  test('the file name carries the UTC day', () => {
    expect(auditCsvFileName(new Date('2026-12-31T23:59:59Z'))).toBe('swarmlens-audit-2026-12-31.csv');
  });
});
