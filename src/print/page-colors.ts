// The page's two text colours: the layout writes them into its operations, the painter draws the north arrow in ink.
export const INK = '#111827';
export const MUTED = '#4b5563';
