/**
 * CSV as published (metrics.csv, the chart tables): RFC 4180 with CRLF line ends, and a UTF-8
 * byte order mark so that spreadsheet programs (Excel) read the Chinese text as UTF-8.
 */

export type CsvValue = string | number | null;

const BOM = '\ufeff';

/** One field: quoted when it holds a comma, quote, CR or LF, its quotes doubled; null is empty. */
export function csvField(value: CsvValue): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: its fields joined by commas (no line end). */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

/** A whole file: the BOM, the header, then one record per row, each ended by CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${BOM}${[header, ...rows].map((r) => `${csvRow(r)}\r\n`).join('')}`;
}
