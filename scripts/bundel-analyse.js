/* eslint-disable no-undef */
/**
 * Where the shipped JavaScript's bytes come from (docs/bench.md, bundle_gzip_kb). Build with a source map first:
 *
 *   npx webpack --mode production --devtool source-map && node scripts/bundel-analyse.js [--per-bestand]
 *
 * Every stretch of dist/functions.js is attributed to the source of the mapping it starts at. Per group: minified bytes and those bytes gzipped
 * on their own (level 9, as bench/addin.ts); the groups gzipped apart add up to more than the whole bundle gzipped.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { SourceMapConsumer } = require("source-map"); // 0.6 (synchronous), installed with webpack

const DIST = path.join(__dirname, "..", "dist");
const perBestand = process.argv.includes("--per-bestand");

function groep(bron) {
  if (!bron) return "zonder bron (webpack)";
  // webpack maps the JSON modules (JSON.parse('…') of src/data/datasets/*.json) to the source "."
  if (bron === ".") return "src/data/datasets (JSON)";
  const s = bron.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  if (perBestand) return s;
  if (s.includes("node_modules/")) return s.split("node_modules/")[1].split("/")[0];
  const m = /^src\/([^/]+)(\/[^/]+)?/.exec(s);
  if (!m) return s;
  if (m[2] && !/\.ts$/.test(m[2]) && ["core", "functions", "taskpane"].includes(m[1])) return `src/${m[1]}${m[2]}`;
  return `src/${m[1]}`;
}

const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
const kaart = path.join(DIST, "functions.js.map");
if (!fs.existsSync(kaart)) throw new Error("dist/functions.js.map ontbreekt: bouw met --devtool source-map");
const consumer = new SourceMapConsumer(JSON.parse(fs.readFileSync(kaart, "utf8")));
const regels = code.split("\n");
const punten = [];
consumer.eachMapping((m) => punten.push(m));
punten.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);

const stukken = new Map();
const voegToe = (k, s) => stukken.set(k, (stukken.get(k) || "") + s);
// code before the first mapping of a line has no source
for (let r = 1; r <= regels.length; r++) {
  const eerste = punten.find((p) => p.generatedLine === r);
  voegToe(groep(null), regels[r - 1].slice(0, eerste ? eerste.generatedColumn : undefined));
}
for (let i = 0; i < punten.length; i++) {
  const m = punten[i];
  const n = punten[i + 1];
  const regel = regels[m.generatedLine - 1];
  const eind = n && n.generatedLine === m.generatedLine ? n.generatedColumn : regel.length;
  voegToe(groep(m.source), regel.slice(m.generatedColumn, eind));
}

const gz = (s) => zlib.gzipSync(Buffer.from(s), { level: 9 }).length / 1024;
const rijen = [...stukken].map(([k, s]) => [k, s.length, gz(s)]).sort((a, b) => b[2] - a[2]);
let bytes = 0;
let kib = 0;
console.log(`${"deel".padEnd(58)} ${"bytes".padStart(8)} ${"KiB gzip".padStart(9)}`);
for (const [k, b, g] of rijen) {
  bytes += b;
  kib += g;
  console.log(`${k.padEnd(58)} ${String(b).padStart(8)} ${g.toFixed(1).padStart(9)}`);
}
console.log(`${"som van de delen".padEnd(58)} ${String(bytes).padStart(8)} ${kib.toFixed(1).padStart(9)}`);
console.log(`${"dist/functions.js als geheel".padEnd(58)} ${String(code.length).padStart(8)} ${gz(code).toFixed(1).padStart(9)}`);
