// One gazetteer for all core tests in a worker: loading it is the slow part (~0.5 s).
import type { Gazetteer } from '../../src/core/gazetteer/gazetteer.ts';
import { loadGazetteer } from '../../src/cli/load-gazetteer.ts';

let cached: Gazetteer | undefined;
export const gazetteer = (): Gazetteer => (cached ??= loadGazetteer());
