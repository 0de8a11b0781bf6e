/**
 * #12 audit trail where it was still missing: the self-contained export (rt exporteer) carries the audit block of the
 * tariffs its formulas reproduce, and the --json of the look-ups (rt salaris, index, werkgeverslasten, parameters)
 * carries the product version, every dataset with version and status, the input as given and each figure used.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { leesVerantwoordingBlad, type OpzoekVerantwoording } from "../../src/cli/verantwoording";
import { maakVoorbeeldWerkboek, VOORBEELD_PRODUCTEN } from "../../src/cli/voorbeeld";
import { PARAMETER_DEFINITIES } from "../../src/core/parameters/definities";
import { herbereken, leesAuditblok } from "../../src/core/verantwoording";
import { gegevensOmgeving } from "../../src/data/versies";
import { rt } from "../helpers/uitvoer";

const PAKKET = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };

let map: string;
beforeAll(() => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-verantwoording-overal-"));
});
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

/** Each cited figure names datasets that the block lists, with the same version; returns how many were named. */
function gegevensKloppen(v: OpzoekVerantwoording): number {
  const versies = new Map(v.datasets.map((d) => [d.id, d.versie]));
  let n = 0;
  for (const g of v.gegevens)
    for (const d of g.datasets) {
      expect({ id: d.id, versie: d.versie }).toEqual({ id: d.id, versie: versies.get(d.id) });
      n++;
    }
  return n;
}

test("rt exporteer: a sheet Verantwoording with the seven tariffs, recomputed equal to the export's own tariffs; the same block in --json", async () => {
  const invoer = path.join(map, "parameters.xlsx");
  await maakVoorbeeldWerkboek().xlsx.writeFile(invoer);
  const uit = path.join(map, "zelfstandig.xlsx");
  const r = await rt("exporteer", invoer, "-o", uit, "--peildatum", "2025-01-01", "--json");
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out) as { producten: { product: string; tarief: string }[]; verantwoording: unknown };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(uit);
  const blok = leesVerantwoordingBlad(wb);
  expect(blok).toEqual(leesAuditblok(j.verantwoording));
  expect(blok.productversie).toBe(PAKKET.version);
  expect(blok.standaardPeildatum).toBe("2025-01-01");
  expect(blok.berekeningen.map((b) => b.naam)).toEqual([...VOORBEELD_PRODUCTEN]);
  const h = herbereken(blok, gegevensOmgeving());
  expect(h.map((x) => [x.naam, x.herberekend.tarief.toFixed(2)])).toEqual(j.producten.map((p) => [p.product, p.tarief]));
  expect(h.every((x) => x.gelijk)).toBe(true);
  // the two published build-ups (domain spec §3.7) among them
  expect(j.producten.slice(0, 2).map((p) => p.tarief)).toEqual(["63.33", "37.02"]);
}, 60_000);

test("rt salaris --json: product version, input, the CAO table used with status and the version of its dataset", async () => {
  const r = await rt("salaris", "Gehandicaptenzorg", "FWG 20", "5", "2023-12-01", "--json");
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out) as { bedrag: string; herkomst: { status: string; bron: string }; verantwoording: OpzoekVerantwoording };
  const v = j.verantwoording;
  expect(v.productversie).toBe(PAKKET.version);
  expect(v.invoer).toEqual({ cao: "Gehandicaptenzorg", schaal: "FWG 20", trede: "5", peildatum: "2023-12-01" });
  expect(v.gegevens).toHaveLength(1);
  expect(v.gegevens[0]).toMatchObject({ status: j.herkomst.status, bron: j.herkomst.bron });
  expect(gegevensKloppen(v)).toBeGreaterThan(0);
  expect(v.gegevens[0].datasets[0].id).toBe("tabel-gehandicaptenzorg-2023-12-01");
  // no tariff in it: rt herbereken refuses it with a message that says so
  const bestand = path.join(map, "salaris.json");
  fs.writeFileSync(bestand, r.out);
  const h = await rt("herbereken", bestand);
  expect(h.code).toBe(2);
  expect(h.err).toContain("Dit is de verantwoording van een opzoeking");
});

test("rt index --json: each of the six OVA/PPC figures with its dataset version; the method and rounding as input", async () => {
  const r = await rt("index", "2024", "--methode", "multiplicatief", "--afronding", "componenten", "--json");
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out) as { index: string; cijfers: unknown[]; verantwoording: OpzoekVerantwoording };
  // the VNG advice 2024 (README): 6,30%
  expect(j.index).toBe("0.063");
  expect(j.verantwoording.invoer).toEqual({ jaar: "2024", methode: "multiplicatief", afronding: "componenten" });
  expect(j.verantwoording.gegevens).toHaveLength(j.cijfers.length);
  expect(j.cijfers).toHaveLength(6);
  expect(gegevensKloppen(j.verantwoording)).toBeGreaterThanOrEqual(6);
});

test("rt werkgeverslasten --json: every premium component with status and dataset version", async () => {
  const r = await rt("werkgeverslasten", "2025", "--json");
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out) as { componenten: { herkomst: { status: string } }[]; verantwoording: OpzoekVerantwoording };
  expect(j.verantwoording.invoer).toEqual({ jaar: "2025" });
  expect(j.verantwoording.gegevens.map((g) => g.status)).toEqual(j.componenten.map((c) => c.herkomst.status));
  expect(gegevensKloppen(j.verantwoording)).toBeGreaterThanOrEqual(j.componenten.length);
});

test("rt parameters --json: the vocabulary with the product version and every dataset with a 16-digit version and its status", async () => {
  const r = await rt("parameters", "--json");
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out) as { parameters: { naam: string }[]; verantwoording: OpzoekVerantwoording };
  expect(j.parameters.map((p) => p.naam)).toEqual(PARAMETER_DEFINITIES.map((d) => d.naam));
  expect(j.verantwoording.productversie).toBe(PAKKET.version);
  expect(j.verantwoording.datasets.length).toBeGreaterThan(5);
  for (const d of j.verantwoording.datasets) expect(d).toMatchObject({ versie: expect.stringMatching(/^[0-9a-f]{16}$/), status: expect.stringMatching(/\d/) });
  expect(j.verantwoording.gegevens).toEqual([]);
});
