// Writes docs/two-time-axes.svg, the README's picture of the two time axes of a claim (the period it describes, asOf,
// and when it became known, published), drawn from the seeds' four area claims. Deterministic: same bytes every run.
//   npx tsx scripts/time-axes-svg.ts
import { writeFileSync } from 'node:fs';

const claims = [
  { label: '1,400 km² (“earlier claims”)', asOf: ['2024-08-01', '2024-12-16'], published: '2024-12-16' },
  { label: '≈1,000 km² (late August)', asOf: ['2024-08-21', '2024-08-31'], published: '2024-10-24' },
  { label: '600–700 km² (October)', asOf: ['2024-10-01', '2024-10-24'], published: '2024-10-24' },
  { label: '800 km² (16 December)', asOf: ['2024-12-16', '2024-12-16'], published: '2024-12-16' },
];
const dates = [
  { d: '2024-08-15', note: 'no area published yet' },
  { d: '2024-10-24', note: 'latest: 600–700 (October)' },
  { d: '2024-12-16', note: 'latest: 800 (16 Dec)' },
];
const t0 = Date.UTC(2024, 7, 1);
const t1 = Date.UTC(2024, 11, 31);
const left = 200;
const width = 560;
const x = (iso: string): number => {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Math.round((left + ((t - t0) / (t1 - t0)) * width) * 10) / 10;
};
const rowY = (i: number): number => 70 + i * 34;
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const out: string[] = [];
out.push(
  `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="330" viewBox="0 0 800 330" font-family="sans-serif" font-size="12">`,
  `<rect width="800" height="330" fill="#fff"/>`,
  `<text x="16" y="22" font-size="14" font-weight="bold">Two time axes: the period a claim describes (bar) and when it was published (tick)</text>`,
);
for (const [i, m] of ['Aug', 'Sep', 'Oct', 'Nov', 'Dec'].entries()) {
  const iso = `2024-${String(8 + i).padStart(2, '0')}-01`;
  out.push(
    `<line x1="${x(iso)}" y1="44" x2="${x(iso)}" y2="200" stroke="#ddd"/>`,
    `<text x="${x(iso) + 3}" y="52" fill="#555">${m} 2024</text>`,
  );
}
for (const [i, c] of claims.entries()) {
  const y = rowY(i);
  const [a, b] = c.asOf as [string, string];
  const w = Math.max(4, x(b) - x(a));
  out.push(
    `<text x="16" y="${y + 4}">${esc(c.label)}</text>`,
    `<rect x="${x(a)}" y="${y - 6}" width="${w}" height="12" fill="#2563eb" fill-opacity="0.55"/>`,
    `<line x1="${x(b)}" y1="${y}" x2="${x(c.published)}" y2="${y}" stroke="#555" stroke-dasharray="2 3"/>`,
    `<line x1="${x(c.published)}" y1="${y - 10}" x2="${x(c.published)}" y2="${y + 10}" stroke="#111" stroke-width="2.5"/>`,
  );
}
for (const [i, { d, note }] of dates.entries()) {
  out.push(
    `<line x1="${x(d)}" y1="40" x2="${x(d)}" y2="${228 + i * 0}" stroke="#dc2626" stroke-width="1.5"/>`,
    `<text x="${x(d)}" y="244" fill="#dc2626" text-anchor="middle">D = ${d.slice(8)} ${['Aug', 'Oct', 'Dec'][i]}</text>`,
    `<text x="16" y="${270 + i * 18}" fill="#333">As reported up to ${d}: ${esc(note)}</text>`,
  );
}
out.push(
  `<rect x="560" y="262" width="14" height="10" fill="#2563eb" fill-opacity="0.55"/><text x="580" y="271">asOf: period described</text>`,
  `<line x1="567" y1="280" x2="567" y2="296" stroke="#111" stroke-width="2.5"/><text x="580" y="292">published (first source)</text>`,
  `<line x1="560" y1="310" x2="574" y2="310" stroke="#dc2626" stroke-width="1.5"/><text x="580" y="314">timeline date D</text>`,
  `</svg>`,
);
writeFileSync(new URL('../docs/two-time-axes.svg', import.meta.url), `${out.join('\n')}\n`);
