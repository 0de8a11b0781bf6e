#!/usr/bin/env node
// `rt`: runs the compiled command line (dist-cli/, built by `npm run build:cli` and before packing) with Node alone,
// so an installed package needs no TypeScript tooling (#12.7). In a development clone without a build it falls back
// to the TypeScript source through tsx (a dev dependency).
const fs = require("fs");
const path = require("path");
const gebouwd = path.join(__dirname, "..", "dist-cli", "cli", "rt.js");
// `rt … | head`: a closed pipe ends the output quietly instead of a Node stack trace
for (const s of [process.stdout, process.stderr]) s.on("error", (e) => (e && e.code === "EPIPE" ? process.exit(process.exitCode || 0) : undefined));
if (fs.existsSync(gebouwd)) {
  require(gebouwd)
    .main(process.argv.slice(2))
    .then((c) => (process.exitCode = c));
} else {
  let tsx;
  try {
    tsx = require.resolve("tsx/cli");
  } catch {
    process.stderr.write("rt is niet gebouwd: voer eerst 'npm run build:cli' uit (of installeer met de ontwikkelhulpmiddelen).\n");
    process.exit(1);
  }
  const { spawnSync } = require("child_process");
  const r = spawnSync(process.execPath, [tsx, path.join(__dirname, "..", "src", "cli", "rt.ts"), ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(r.status === null ? 1 : r.status);
}
