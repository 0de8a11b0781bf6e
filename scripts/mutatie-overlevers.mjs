// Surviving and uncovered mutants of a Stryker run, each with its source line and covering tests (to pick the next test):
// node scripts/mutatie-overlevers.mjs [reports/mutation/mutation.json] [part of a file path]
import fs from "fs";
const bestand = process.argv[2] ?? "reports/mutation/mutation.json";
const filter = process.argv[3] ?? "";
const r = JSON.parse(fs.readFileSync(bestand, "utf8"));
const tests = {};
for (const v of Object.values(r.testFiles ?? {})) for (const t of v.tests) tests[t.id] = t.name;
for (const [f, v] of Object.entries(r.files)) {
  if (!f.includes(filter)) continue;
  const L = v.source.split("\n");
  for (const m of v.mutants) {
    if (m.status !== "Survived" && m.status !== "NoCoverage") continue;
    const cb = m.coveredBy ?? [];
    console.log(
      `${f}:${m.location.start.line}:${m.location.start.column} ${m.status}${m.static ? " STATIC" : ""} ${m.mutatorName} -> ${JSON.stringify(m.replacement ?? "").slice(0, 70)}\n    | ${L[m.location.start.line - 1].trim().slice(0, 110)}\n    covered by ${cb.length}: ${cb
        .slice(0, 2)
        .map((i) => (tests[i] ?? i).slice(0, 90))
        .join(" ; ")}`,
    );
  }
}
