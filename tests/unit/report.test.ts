import { describe, expect, it } from 'vitest';
import { issuesReport } from '../../src/lib/io/report';
import { decodeBytes } from '../../src/lib/io/decode';
import { parseCsvText } from '../../src/lib/io/csv';

describe('issuesReport', () => {
  it('is a Swedish-Excel CSV with file, row, column, type and message, whole-file issues with empty row', () => {
    const text = issuesReport([
      { file: 'planer.csv', row: 3, column: 'kommunkod', severity: 'error', message: '"Atlantis" är ingen känd kommun; rätta raden' },
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
