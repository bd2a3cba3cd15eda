/**
 * Writes a generated county (tests/support/county.ts) as planer.csv, atgarder.csv and handelser.csv,
 * for looking at the views at a region's real scale: `npx tsx scripts/gen-county.ts [county] [measures] [dir]`
 * (defaults: 14 = Västra Götaland, 3000 measures, ./county-14). Import the three files in Data. Use `''`
 * as the county for all of Sweden.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCounty } from '../tests/support/county.ts';

const [county = '14', measures = '3000', dir = `county-${county || 'sverige'}`] = process.argv.slice(2);
const generated = generateCounty({ county, measures: Number(measures) });
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'planer.csv'), generated.planer);
writeFileSync(join(dir, 'atgarder.csv'), generated.atgarder);
writeFileSync(join(dir, 'handelser.csv'), generated.handelser);
console.log(
  `${dir}: ${generated.codes.length} municipalities, ${Number(measures)} measures (${generated.overdue} overdue today)`,
);
