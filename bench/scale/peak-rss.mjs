// Preloaded into a measured child process (`node --import`): on exit, writes the process's resource usage (peak
// RSS covers all its threads) to the file named by BRIEFMAP_BENCH_USAGE.
import { writeFileSync } from 'node:fs';

const out = process.env.BRIEFMAP_BENCH_USAGE;
if (out) process.on('exit', () => writeFileSync(out, JSON.stringify(process.resourceUsage())));
