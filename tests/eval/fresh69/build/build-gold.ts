// Writes tests/eval/fresh69/gold/*.json from the hand annotations.
// Run: npx tsx tests/eval/fresh69/build/build-gold.ts [--show]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAllGold, FRESH69_SET, showGold } from './gold.ts';

const all = buildAllGold();
for (const { file, json, gold, text } of all) {
  writeFileSync(join(FRESH69_SET, 'gold', file), json);
  if (process.argv.includes('--show')) console.log(showGold(gold, text));
}
console.error(`wrote ${all.length} gold files`);
