// Loaded with --import by the benchmark: reports the process's peak memory on exit.
import { writeSync } from 'node:fs';
process.on('exit', () => {
  if (process.env.BENCH_RSS_FD) writeSync(Number(process.env.BENCH_RSS_FD), `${process.resourceUsage().maxRSS}\n`);
});
