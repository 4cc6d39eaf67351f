import { readFileSync } from 'node:fs';
import { readCorpus } from '/work/wt/actor/src/cli/corpus-dir.ts';
import { loadGazetteer } from '/work/wt/actor/src/cli/load-gazetteer.ts';
import { geoparseCorpus } from '/work/wt/actor/src/core/index.ts';
const files = process.argv.slice(2);
const all = readCorpus('/work/wt/actor/tests/eval/dev/events/corpus').filter((a) => files.includes(a.file));
const r = geoparseCorpus(all, loadGazetteer());
for (const f of r.events.features) { const p = f.properties; console.log(p.article, p.settlementName, p.start, p.action, p.actor, `[${p.trigger}]`, p.denied ? 'DENIED' : ''); }
for (const f of r.places.features) for (const m of f.properties.mentions) if (/Oleshn|Tabaiv/.test(m.text)) console.log('place', f.properties.name, f.properties.country ?? '', JSON.stringify(m).slice(0,200));
