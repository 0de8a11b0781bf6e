#!/usr/bin/env node
// Runs the TypeScript command line through tsx (a dependency of the project), so `npx rt …` works after npm ci.
const { spawnSync } = require("child_process");
const path = require("path");
const tsx = require.resolve("tsx/cli");
const r = spawnSync(process.execPath, [tsx, path.join(__dirname, "..", "src", "cli", "rt.ts"), ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status === null ? 1 : r.status);
