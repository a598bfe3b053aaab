/**
 * `npm run moved-ids -- <report folder> <report.json published before>`: after a parser change
 * gives nodes new ids, writes `<report folder>/moved.json` ({ "<old id>": "<new id>" }) by matching
 * the old report.json's nodes to the new model's by their exact source spans (src/model/moved.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReportText } from '../src/model/load.ts';
import { movedIds } from '../src/model/moved.ts';

const [folder, before] = process.argv.slice(2);
if (!folder || !before) {
  console.error('usage: npm run moved-ids -- <report folder> <report.json published before>');
  process.exit(2);
}
const { model } = readReportText(join(folder, 'report.txt'));
const moved = movedIds(JSON.parse(readFileSync(before, 'utf8')), model);
writeFileSync(join(folder, 'moved.json'), `${JSON.stringify(moved, null, 2)}\n`);
console.log(`${Object.keys(moved).length} moved ids written to ${join(folder, 'moved.json')}`);
