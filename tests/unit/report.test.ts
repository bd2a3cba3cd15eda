import { describe, expect, it } from 'vitest';
import { issuesReport } from '$lib/io/report';
import { decodeBytes } from '$lib/io/decode';
import { parseCsvText } from '$lib/io/csv';

describe('issuesReport', () => {
  it('is a Swedish-Excel CSV with file, row, column, type and message, whole-file issues with empty row', () => {
    const text = issuesReport([
      {
        file: 'planer.csv',
        row: 3,
        column: 'kommunkod',
        severity: 'error',
        message: '"Atlantis" är ingen känd kommun; rätta raden',
      },
      { file: 'paket.zip', severity: 'warning', message: '=inte en formel' },
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFFil;Rad;Kolumn;Typ;Vad som är fel och vad du kan göra');
    const parsed = parseCsvText(decodeBytes(new TextEncoder().encode(text)).text, 'r.csv', 'utf-8');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.rows.map((r) => r.cells)).toEqual([
      ['planer.csv', '3', 'kommunkod', 'Fel', '"Atlantis" är ingen känd kommun; rätta raden'],
      ['paket.zip', '', '', 'Varning', "'=inte en formel"],
    ]);
  });
});

describe('issuesReport: every issue comes back as written, whatever it holds', () => {
  const roundTrip = (issues: Parameters<typeof issuesReport>[0]) => {
    const parsed = parseCsvText(decodeBytes(new TextEncoder().encode(issuesReport(issues))).text, 'r.csv', 'utf-8');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return parsed.value;
  };

  it('no issues: only the header row', () => {
    const text = issuesReport([]);
    expect(text).toBe('\uFEFFFil;Rad;Kolumn;Typ;Vad som är fel och vad du kan göra\r\n');
  });

  it.each([
    [
      'a note',
      { file: 'a.csv', severity: 'info' as const, message: 'Filen lästes som Windows-1252.' },
      ['a.csv', '', '', 'Info', 'Filen lästes som Windows-1252.'],
    ],
    [
      'semicolons and quotes',
      { file: 'a;b.csv', row: 2, column: 'ti"tel', severity: 'error' as const, message: 'x; "y"' },
      ['a;b.csv', '2', 'ti"tel', 'Fel', 'x; "y"'],
    ],
    [
      'a line break in the message',
      { file: 'a.csv', row: 5, severity: 'warning' as const, message: 'rad ett\nrad två' },
      ['a.csv', '5', '', 'Varning', 'rad ett\nrad två'],
    ],
    [
      'an entry of a bundle',
      { file: 'paket.zip › planer.csv', row: 1, column: 'plan_id', severity: 'error' as const, message: 'm' },
      ['paket.zip › planer.csv', '1', 'plan_id', 'Fel', 'm'],
    ],
    [
      'formula-like file and column names are escaped',
      { file: '@fil.csv', row: 2, column: '+kolumn', severity: 'error' as const, message: '-1' },
      ["'@fil.csv", '2', "'+kolumn", 'Fel', "'-1"],
    ],
  ])('%s', (_, issue, cells) => {
    const table = roundTrip([issue]);
    expect(table.headers).toEqual(['Fil', 'Rad', 'Kolumn', 'Typ', 'Vad som är fel och vad du kan göra']);
    expect(table.rows.map((r) => r.cells)).toEqual([cells]);
  });

  it('keeps the order it is given', () => {
    const issues = [3, 1, 2].map((row) => ({ file: 'a.csv', row, severity: 'error' as const, message: `m${row}` }));
    expect(roundTrip(issues).rows.map((r) => r.cells[1])).toEqual(['3', '1', '2']);
  });
});
