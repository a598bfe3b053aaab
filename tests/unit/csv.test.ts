import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvRow } from '../../src/text/csv.ts';
import { parseCsv } from '../support/csv.ts';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['成都', '成都'],
    ['a,b', '"a,b"'],
    ['他说"好"', '"他说""好"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    ['crlf\r\nend', '"crlf\r\nend"'],
    ['', ''],
    [' padded ', ' padded '],
    [null, ''],
    [4100, '4100'],
    [-0.5, '-0.5'],
  ] as const)('%j → %j', (value, expected) => expect(csvField(value)).toBe(expected));
});

describe('csvRow', () => {
  it('joins fields with commas, quoting only those that need it, with no line end', () => {
    expect(csvRow(['a', 'b,c', null, 3])).toBe('a,"b,c",,3');
    expect(csvRow([])).toBe('');
  });
});

describe('csvDocument', () => {
  const header = ['subject', 'value', 'url'];
  const rows = [
    ['a,"b"', 1, 'https://example.org/x/#m1'],
    ['多行\r\n文本', null, 'https://example.org/y/?q=1&r=2'],
    ['', 0, ''],
  ];
  const csv = csvDocument(header, rows);

  it('starts with the UTF-8 BOM and the header, and ends every record with CRLF', () => {
    expect(csv.startsWith('\ufeffsubject,value,url\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.endsWith('\r\n\r\n')).toBe(false);
    // Outside quotes, every line end is CRLF: no bare LF or CR between records.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('reads back as the same header and rows (null as an empty field)', () => {
    const read = parseCsv(csv.slice(1));
    expect(read).toEqual([header, ...rows.map((r) => r.map((v) => (v === null ? '' : String(v))))]);
  });

  it('is a BOM and the header alone for no rows', () => {
    expect(csvDocument(['a', 'b'], [])).toBe('\ufeffa,b\r\n');
  });
});
