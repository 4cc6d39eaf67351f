// Where the viewer opens without a permalink: the Kursk theatre (Kursk city, Sudzha and Sumy in view).
// Shared with the bare-MapLibre benchmark page so both draw the same view.
export const DEFAULT_VIEW = { zoom: 7.5, lat: 51.35, lon: 35.55, bearing: 0, pitch: 0 };
