// Test driver for src/cli/output-set.ts: writes one generation whose every file says `<label>:<name>` and commits
// it, so the kill tests can stop it at any step (BRIEFMAP_TEST_PAUSE_AT) without loading a gazetteer.
import { join } from 'node:path';
import { FileStream } from '../../src/cli/geocode/file-stream.ts';
import { errorLine } from '../../src/cli/messages.ts';
import { OutputSet } from '../../src/cli/output-set.ts';

export const NAMES = ['places.geojson', 'claims.geojson', 'report.json'];

const [outDir, label] = process.argv.slice(2);
if (outDir && label) {
  try {
    const set = new OutputSet(outDir, NAMES, { log: (l) => process.stderr.write(`${l}\n`) });
    try {
      for (const name of NAMES) {
        const f = new FileStream(join(set.dir, name));
        f.write(`${label}:${name}`);
        f.close(true);
      }
      set.commit();
    } catch (err) {
      set.abort();
      throw err;
    }
  } catch (err) {
    process.stderr.write(`briefmap: ${errorLine(err)}\n`);
    process.exit(1);
  }
}
