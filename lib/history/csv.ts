/** The byte order mark that makes spreadsheet programs read a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet read a cell as a formula (`=`, `+`, `-`, `@`), or that
 * some programs strip before doing so (tab, carriage return). See OWASP's "CSV Injection".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text made inert for spreadsheets: a leading formula character gets a `'` in
 * front, so `=HYPERLINK(…)` or `+1 555…` is shown as text and never evaluated.
 */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One field as RFC 4180 writes it: quoted (with `""` for `"`) when it holds `"`, `,` or a line
 * break, and also `;` or a tab, which spreadsheets in many locales take as the separator: an
 * unquoted `x;=HYPERLINK(…)` would start a cell there that the formula guard never saw.
 */
export function quoteField(value: string): string {
  return /[",;\t\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A CSV file's text (RFC 4180: CRLF between records, every row as long as the header),
 * UTF-8 BOM first, each cell neutralised against formula injection.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => {
    if (row.length !== header.length) {
      throw new RangeError(`a CSV row has ${row.length} cells, the header ${header.length}`);
    }
    return row.map((cell) => quoteField(neutralizeFormula(cell))).join(',');
  });

  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
