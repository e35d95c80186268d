// Loaded with --import by the benchmark: reports the process's peak memory (KB) and CPU time (µs) on exit.
import { writeSync } from 'node:fs';
process.on('exit', () => {
  if (process.env.BENCH_RSS_FD) {
    const u = process.resourceUsage();
    writeSync(Number(process.env.BENCH_RSS_FD), `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\n`);
  }
});
