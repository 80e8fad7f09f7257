// Preloaded into a benchmarked process: reports its peak resident memory on exit (fd 2).
process.on('exit', () => {
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
