// Preloaded (--require) by the benchmark: reports the process's peak memory (KB) and CPU time (µs) on exit.
'use strict';
const { writeSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.BENCH_RSS_FD) {
    const u = process.resourceUsage();
    writeSync(Number(process.env.BENCH_RSS_FD), `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\n`);
  }
});
