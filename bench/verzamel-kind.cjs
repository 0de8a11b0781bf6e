// Child process of the benchmark: runs `rt verzamel` once and reports its wall time and the process's peak RSS
// (main thread plus worker threads) as JSON on stdout.
require("tsx/cjs/api").register();
const { main } = require("../src/cli/rt.ts");
const [map, uit, threads] = process.argv.slice(2);
const t = performance.now();
main(["verzamel", map, "-o", uit, "--overschrijven", "--json", ...(threads ? ["--threads", threads] : [])], { out: () => undefined, err: () => undefined, tty: false })
  .then((code) => {
    const ms = performance.now() - t;
    process.stdout.write(JSON.stringify({ code, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
  });
