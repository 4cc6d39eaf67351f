// The benchmark table, for the console and for the README (Markdown).
import type { BenchSection } from './section.ts';
import type { RunInfo } from './machine.ts';

const cell = (s: string): string => s.replaceAll('|', '\\|');
const num = (v: number): string => v.toLocaleString('en', { maximumFractionDigits: 3 });

export function markdownTable(sections: readonly BenchSection[], info: RunInfo): string {
  const lines = [
    `Measured ${info.date.slice(0, 10)} on ${info.machine.cpu}, ${info.machine.cores} cores, ${info.machine.memoryGB} GB, Node ${info.machine.node}${info.machine.chromium ? `, ${info.machine.chromium}` : ''}; commit \`${info.commit.slice(0, 10)}\`${info.dirty ? ' (with local changes)' : ''}.`,
    '',
  ];
  for (const s of sections) {
    lines.push(`**${s.title}**`, '', '| Measure | Value | Compared | Target |', '|---|---:|---|---|');
    for (const r of s.rows)
      lines.push(`| ${cell(r.name)} | ${num(r.value)} ${cell(r.unit)} | ${cell(r.comparison ?? '')} | ${cell(r.target ?? '')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

export function consoleTable(sections: readonly BenchSection[]): string {
  const out: string[] = [];
  for (const s of sections) {
    const rows = s.rows.map((r) => [r.name, `${num(r.value)} ${r.unit}`, r.comparison ?? '', r.target ?? '']);
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 0));
    out.push('', s.title, '-'.repeat(s.title.length));
    for (const r of rows)
      out.push(`${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padStart(widths[1]!)}  ${r[2]!.padEnd(widths[2]!)}  ${r[3]}`.trimEnd());
  }
  return out.join('\n');
}
