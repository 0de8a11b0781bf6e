/**
 * #12 audit trail for the region runs: rt regio (the sample region) and rt verzamel (the providers' filled templates
 * against that region) record every tariff they computed — tariff groups, provider-specific tariffs, micro tariffs,
 * scenarios — and herbereken recomputes each one from the sheet 'Verantwoording' to the cent.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/rt";
import { inzendingenAlsSjablonen } from "../../src/cli/opdrachten/demo";
import { leesRegioWerkmap } from "../../src/cli/regio-werkmap";
import { leesVerantwoordingBlad } from "../../src/cli/verantwoording";
import { leesWerkmap } from "../../src/cli/werkmap-lezen";
import { Decimal } from "../../src/core/decimal";
import { herbereken, leesAuditblok } from "../../src/core/verantwoording";
import { gegevensOmgeving } from "../../src/data/versies";

let map: string;
let regio: string;
let regioUit: string;
let regioJson: {
  tariefgroepen: { product: string; cao: string; tarief: string }[];
  verantwoording: unknown;
};
beforeAll(async () => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-verantwoording-regio-"));
  regio = path.join(map, "regio.xlsx");
  regioUit = path.join(map, "regio-resultaat.xlsx");
  const out: string[] = [];
  expect(await main(["regio", regio, "--voorbeeld", "--peildatum", "2025-01-01", "--json"], { out: (s) => out.push(s), err: () => undefined })).toBe(0);
  regioJson = JSON.parse(out.join("\n")) as typeof regioJson;
}, 120_000);
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

test("rt regio: every tariff of the region recomputed equal from the sheet, named by its table; the tariff groups match the JSON", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(regioUit);
  const blok = leesVerantwoordingBlad(wb);
  expect(blok).toEqual(leesAuditblok(regioJson.verantwoording));
  const h = herbereken(blok, gegevensOmgeving());
  expect(h.filter((x) => !x.gelijk).map((x) => x.naam)).toEqual([]);
  const namen = h.map((x) => x.naam);
  for (const soort of ["Tariefgroep ", "Aanbiedertarief ", "Microtarief ", " — scenario ", " — basis"]) expect(namen.some((n) => n.includes(soort))).toBe(true);
  expect(namen.filter((n) => n.startsWith("Berekening "))).toEqual([]);
  // each tariff group of the JSON summary equals its recomputation to the cent
  for (const t of regioJson.tariefgroepen) {
    const x = h.find((y) => y.naam === `Tariefgroep ${t.product} — ${t.cao}`);
    expect({ groep: `${t.product} — ${t.cao}`, tarief: x?.herberekend.tarief.toFixed(2) }).toEqual({
      groep: `${t.product} — ${t.cao}`,
      tarief: new Decimal(t.tarief).toFixed(2),
    });
  }
}, 120_000);

test("rt verzamel: the submitted and provider-specific tariffs of the overview recomputed equal from its sheet Verantwoording", async () => {
  const inzendingen = path.join(map, "inzendingen");
  fs.mkdirSync(inzendingen);
  const r = leesRegioWerkmap(await leesWerkmap(regio));
  for (const [i, s] of inzendingenAlsSjablonen(r).entries()) await s.wb.xlsx.writeFile(path.join(inzendingen, `aanbieder-${i + 1}.xlsx`));
  const overzicht = path.join(map, "overzicht.xlsx");
  const out: string[] = [];
  const code = await main(["verzamel", inzendingen, "-o", overzicht, "--regio", regio, "--peildatum", "2025-01-01", "--threads", "1", "--json"], {
    out: (s) => out.push(s),
    err: () => undefined,
  });
  expect(code).toBe(0);
  const j = JSON.parse(out.join("\n")) as { rijen: { aanbieder: string; product: string; aanbiederTarief: string | null }[]; verantwoording: unknown };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(overzicht);
  const blok = leesVerantwoordingBlad(wb);
  expect(blok).toEqual(leesAuditblok(j.verantwoording));
  // compact (the bench's 300 providers made 142.578 rows of it): one row per calculation, conventions once
  const paden: string[] = [];
  wb.getWorksheet("Verantwoording")!.eachRow((rij) => paden.push(String(rij.getCell(1).value)));
  expect(paden.filter((p) => p.startsWith("berekeningen.")).length).toBe(blok.berekeningen.length);
  const sets = new Set(blok.berekeningen.map((b) => JSON.stringify(b.conventies)));
  expect(paden.filter((p) => p.startsWith("conventiesets.")).length).toBe([...sets].reduce((n, t) => n + (JSON.parse(t) as string[]).length, 0));
  expect(paden.length).toBeLessThan(100 + blok.berekeningen.length + 10 * sets.size);
  const h = herbereken(blok, gegevensOmgeving());
  expect(h.filter((x) => !x.gelijk).map((x) => x.naam)).toEqual([]);
  expect(h.length).toBe(blok.berekeningen.length);
  const met = j.rijen.filter((x) => x.aanbiederTarief !== null);
  expect(met.length).toBeGreaterThan(5);
  for (const rij of met) {
    const x = h.find((y) => y.naam === `${rij.aanbieder} — ${rij.product} (aanbiedertarief)`);
    expect([rij.aanbieder, rij.product, x?.herberekend.tarief.toFixed(2)]).toEqual([rij.aanbieder, rij.product, rij.aanbiederTarief]);
  }
}, 180_000);
