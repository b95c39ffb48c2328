// Preloaded (node --import) into every process the benchmark measures: at exit, writes the process's peak resident
// set size in KiB (process.resourceUsage().maxRSS) to the file named by OTL_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const out = process.env.OTL_BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    try {
      writeFileSync(out, String(process.resourceUsage().maxRSS));
    } catch {
      // the benchmark reports the missing figure
    }
  });
}
