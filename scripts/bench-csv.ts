// npm run bench:csv
// In Node: the time parseCsvText takes for 100 000 rows, well formed and with an unterminated quote in
// the middle (the file error names its row; papaparse reads on to the end). The unit tests check what
// the parser says at this size; how long it takes is measured here (no timing in tests).
import { sv } from '../src/lib/i18n/sv.ts';
import { say } from '../src/lib/i18n/say.ts';
import { parseCsvText } from '../src/lib/io/csv.ts';
import { useTexts } from '../src/lib/io/texts.ts';

useTexts(sv, say, sv);

const half = 50_000;
const cases: [string, string][] = [
  ['100 000 rows', 'id;t\n' + '1;a\n'.repeat(2 * half)],
  [
    '100 000 rows, unterminated quote at row 50 002',
    'id;t\n' + '1;a\n'.repeat(half) + '2;"never closed\n' + '3;b\n'.repeat(half),
  ],
];
for (const [name, text] of cases) {
  const times: number[] = [];
  let ok = false;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    ok = parseCsvText(text, 'bench.csv', 'utf-8').ok;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name}: median ${times[2].toFixed(0)} ms (best ${times[0].toFixed(0)} ms), ${ok ? 'parsed' : 'file error'}`,
  );
}
