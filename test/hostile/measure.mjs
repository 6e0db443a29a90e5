// Preloaded into a child quanze (node --import): on exit, writes its peak resident set size and CPU time as JSON
// to the file $QUANZE_MEASURE_FILE, so a test can assert the memory a refusal took without /usr/bin/time.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.QUANZE_MEASURE_FILE;
  if (file === undefined) return;
  const usage = process.resourceUsage();
  writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
});
