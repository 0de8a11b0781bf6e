/** docs/data.md is up to date with the generator (regenerate with `npm run data:report`). */
import * as fs from "fs";
import * as path from "path";
import { dataRapportMarkdown, dataRapportTekst } from "../../src/data";

test("docs/data.md equals the generator output", () => {
  const doc = fs.readFileSync(path.resolve(__dirname, "../../docs/data.md"), "utf8");
  expect(doc).toBe(dataRapportMarkdown());
});

test("the report names every dataset, its status counts and the gaps", () => {
  const md = dataRapportMarkdown();
  expect(md).toContain("| tabel-gehandicaptenzorg-2023-12-01 |");
  expect(md).toContain("geverifieerd 61");
  expect(md).toContain("OVA 2025 definitief en OVA 2026 prognose");
  expect(md).toContain("hr-kiosk noemt 7,49%");
  expect(dataRapportTekst()).toContain("Ontbrekend (en waar te halen):");
});
