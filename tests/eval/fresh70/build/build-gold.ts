// Writes tests/eval/fresh70/gold/*.json from the hand annotations.
// Run: npx tsx tests/eval/fresh70/build/build-gold.ts [--show]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAllGold, FRESH70_SET, showGold } from './gold.ts';

const all = buildAllGold();
for (const { file, json, gold, text } of all) {
  writeFileSync(join(FRESH70_SET, 'gold', file), json);
  if (process.argv.includes('--show')) console.log(showGold(gold, text));
}
console.error(`wrote ${all.length} gold files`);
