// The chart's footprint series off the main thread: the reported footprint's area for each holder at every control
// change date. Each date is a polygon union of a few hundred ms on a large corpus, which no slicing can split: on the
// main thread a popup opened meanwhile waited for it. The same code as the map's footprints (control-model.ts), on
// the worker's own copy of the clip polygons.
import { footprintsAt } from './control-model.ts';
import type { Reading } from '../../core/events/status.ts';
import { clipsSettled, loadCountryClips } from './country-clip.ts';
import type { ControlEventFeature, PlaceFeature, Side } from '../../core/schema.ts';
import type { Dataset } from './data.ts';

export interface ToSeriesWorker {
  id: number;
  base: string;
  /** Whether the page clips footprints (its polygons loaded): the worker then loads and uses the same file. */
  clip: boolean;
  events: ControlEventFeature[];
  /** Place id → country, for the settlements the events name (countryOf in control-model.ts). */
  countries: [string, string][];
  reading: Reading;
  dates: string[];
}
export type FromSeriesWorker = { id: number; areas: [Side, number][][] } | { id: number; error: string };

self.onmessage = async (e: MessageEvent<ToSeriesWorker>) => {
  const job = e.data;
  try {
    if (job.clip) {
      loadCountryClips(new URL(job.base));
      await clipsSettled();
    }
    const places = job.countries.map(([id, country]) => ({ properties: { id, country } }) as unknown as PlaceFeature);
    const dataset = { places: { type: 'FeatureCollection', features: places }, events: { type: 'FeatureCollection', features: job.events } };
    const s = { dataset: dataset as unknown as Dataset };
    const areas = job.dates.map((date) => {
      const out = new Map<Side, number>();
      for (const fp of footprintsAt(s, date, job.reading)) out.set(fp.holder, (out.get(fp.holder) ?? 0) + fp.areaKm2);
      return [...out];
    });
    self.postMessage({ id: job.id, areas } satisfies FromSeriesWorker);
  } catch (err) {
    self.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) } satisfies FromSeriesWorker);
  }
};
