#!/usr/bin/env node
/**
 * Licence check of everything that ships (the runtime dependencies in package-lock.json, not the dev tools):
 * prints name, version and licence, and exits 1 when a licence is not on the allow-list.
 * An SPDX expression passes when one side of an OR passes and every part of an AND passes.
 * Run in CI (.ci/run); `npm run licenties -- --lijst` prints the whole list.
 */
const fs = require("fs");
const path = require("path");

const TOEGESTAAN = new Set([
  "MIT",
  "MIT/X11",
  "ISC",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "Apache-2.0",
  "0BSD",
  "BlueOak-1.0.0",
  "CC0-1.0",
  "Unlicense",
  "Zlib",
  "Python-2.0",
  "CC-BY-4.0",
]);
/** Packages whose package.json has no licence field, with the licence from their own files. */
const BEKEND = { buffers: "MIT/X11" };

function past(expr) {
  const e = expr.trim().replace(/^\((.*)\)$/, "$1");
  if (/\sOR\s/.test(e)) return e.split(/\sOR\s/).some(past);
  if (/\sAND\s/.test(e)) return e.split(/\sAND\s/).every(past);
  return TOEGESTAAN.has(e.replace(/[()]/g, "").trim());
}

/** The runtime packages of a lock file: [{ naam, versie, licentie }]. */
function runtimePakketten(lock) {
  const uit = [];
  for (const [pad, p] of Object.entries(lock.packages || {})) {
    if (!pad || p.dev || p.link) continue;
    const naam = pad.replace(/^.*node_modules\//, "");
    const licentie = p.license || BEKEND[naam] || "";
    uit.push({ naam, versie: p.version || "", licentie });
  }
  return uit.sort((a, b) => a.naam.localeCompare(b.naam));
}

function controleer(lock) {
  const pakketten = runtimePakketten(lock);
  return { pakketten, fout: pakketten.filter((p) => !p.licentie || !past(p.licentie)) };
}

if (require.main === module) {
  const bestand = process.argv.find((a) => a.endsWith(".json")) || path.join(__dirname, "..", "package-lock.json");
  const { pakketten, fout } = controleer(JSON.parse(fs.readFileSync(bestand, "utf8")));
  if (process.argv.includes("--lijst")) for (const p of pakketten) console.log(`${p.naam}@${p.versie}\t${p.licentie || "(geen licentie opgegeven)"}`);
  if (fout.length) {
    for (const p of fout) console.error(`Licentie niet toegestaan: ${p.naam}@${p.versie} (${p.licentie || "geen licentie opgegeven"})`);
    console.error(`${fout.length} pakket(ten) met een licentie buiten de lijst (${[...TOEGESTAAN].join(", ")}).`);
    process.exit(1);
  }
  console.log(`Licenties: ${pakketten.length} meegeleverde pakketten, alle op de lijst toegestane licenties.`);
}

module.exports = { controleer, past, TOEGESTAAN };
