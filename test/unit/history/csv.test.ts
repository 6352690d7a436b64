import { describe, expect, it } from 'vitest';
import { neutralizeFormula, quoteField, toCsv, UTF8_BOM } from '../../../lib/history/csv';

describe('neutralizeFormula', () => {
  it.each(['=1+1', '+48125550123', '-2', '@SUM(A1)', '\tx', '\rx'])(
    'puts a quote before %j so a spreadsheet shows it as text',
    (value) => {
      expect(neutralizeFormula(value)).toBe(`'${value}`);
    },
  );

  it.each(['Ada', '', ' =not first', 'a=b', '1-2'])('leaves %j as it is', (value) => {
    expect(neutralizeFormula(value)).toBe(value);
  });
});

describe('quoteField', () => {
  it('quotes a field with a comma, a quote or a line break, doubling the quotes', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines')).toBe('"two\nlines"');
    expect(quoteField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('quotes a field with a semicolon or a tab, the separator of many locales', () => {
    expect(quoteField('x;=HYPERLINK("http://127.0.0.1")')).toBe(
      '"x;=HYPERLINK(""http://127.0.0.1"")"',
    );
    expect(quoteField('+1 555; +1 556')).toBe('"+1 555; +1 556"');
    expect(quoteField('a\tb')).toBe('"a\tb"');
  });

  it('leaves a plain field unquoted', () => {
    expect(quoteField('Zoë Ångström')).toBe('Zoë Ångström');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    const csv = toCsv(['a', 'b'], [['1', '2']]);

    expect(csv).toBe(`${UTF8_BOM}a,b\r\n1,2\r\n`);
  });

  it('neutralises formulas before quoting', () => {
    const csv = toCsv(['title'], [['=HYPERLINK("x","y")']]);

    expect(csv).toBe(`${UTF8_BOM}title\r\n"'=HYPERLINK(""x"",""y"")"\r\n`);
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(RangeError);
  });
});
