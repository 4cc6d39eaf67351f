// The timeline sheet's height as a CSS property (--timeline-h) on the page. On a phone the sheet is sticky over the
// bottom of the map, and with a 62vh map the map's bottom controls (the legend's toggle, the scale bar) lay under it
// (375 × 740: 49 px of the map, the legend button among them); the stylesheet ends the map where the sheet begins.
export function trackTimelineHeight(sheet: HTMLElement, root: HTMLElement = document.documentElement): void {
  // CSSOM, not a style attribute: allowed by the page's CSP.
  const set = () => root.style.setProperty('--timeline-h', `${Math.ceil(sheet.getBoundingClientRect().height)}px`);
  new ResizeObserver(set).observe(sheet);
  set();
}
