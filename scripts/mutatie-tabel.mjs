// Per-file table of a Stryker run (reports/mutation/mutation.json) in Markdown, with the aggregate per directory,
// for docs/mutatie.md: node scripts/mutatie-tabel.mjs [mutation.json ...]
// Several reports (a run split into parts over the same commit) are combined; a file may appear in one part only.
import fs from "fs";

const bestanden = process.argv.length > 2 ? process.argv.slice(2) : ["reports/mutation/mutation.json"];
const rapport = { files: {} };
for (const bestand of bestanden) {
  for (const [naam, inhoud] of Object.entries(JSON.parse(fs.readFileSync(bestand, "utf8")).files)) {
    if (naam in rapport.files) throw new Error(`${naam} staat in meer dan één rapport`);
    rapport.files[naam] = inhoud;
  }
}
const SOORTEN = ["Killed", "Survived", "Timeout", "NoCoverage", "CompileError", "RuntimeError", "Ignored"];

const tel = () => Object.fromEntries(SOORTEN.map((s) => [s, 0]));
const perBestand = new Map();
for (const [naam, inhoud] of Object.entries(rapport.files)) {
  const t = tel();
  for (const m of inhoud.mutants) t[m.status] = (t[m.status] ?? 0) + 1;
  perBestand.set(naam, t);
}

// score over covered mutants, as Stryker's "covered" column: (killed + timeout) / (killed + timeout + survived)
const score = (t) => {
  const gedekt = t.Killed + t.Timeout + t.Survived;
  return gedekt === 0 ? "–" : `${((100 * (t.Killed + t.Timeout)) / gedekt).toFixed(1)} %`;
};
const rij = (naam, t) =>
  `| ${naam} | ${t.Killed + t.Timeout + t.Survived + t.NoCoverage} | ${t.Killed} | ${t.Survived} | ${t.Timeout} | ${t.NoCoverage} | ` +
  `${t.CompileError} | ${t.RuntimeError} | ${score(t)} |`;

console.log("| file | mutants | killed | survived | timeout | no coverage | compile error | runtime error | score (covered) |");
console.log("|---|---|---|---|---|---|---|---|---|");
const mappen = new Map();
for (const [naam, t] of [...perBestand].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(rij(naam, t));
  const map = naam.startsWith("src/functions/adapters/") ? "src/functions/adapters" : "src/core";
  const m = mappen.get(map) ?? tel();
  for (const s of SOORTEN) m[s] += t[s];
  mappen.set(map, m);
}
console.log("");
console.log("| directory | mutants | killed | survived | timeout | no coverage | compile error | runtime error | score (covered) |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const [map, t] of mappen) console.log(rij(`**${map}**`, t));
