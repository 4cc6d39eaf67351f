// Dates as a reader writes them ("16 Dec 2024"): the viewer's panels and the printed page say the same.

export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "16 Dec 2024" from "2024-12-16". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTH_ABBREVIATIONS[m - 1]} ${y}`;
}
