/** Every figure in every shipped data file has a source URL, a validity date and a valid status. */
import { figurenVan } from "../../src/data/figuren";
import { RUWE_DATASETS } from "../../src/data/laden";
import { controleerDatasets, laadDataset } from "../../src/data/datasets-controle";
import { STATUSSEN } from "../../src/data/schema";
import { caoDatasetSchema, meegeleverdeTabelSchema } from "../../src/data/schema-datasets";
import { DATA_MSG } from "../../src/data/berichten";
import * as fs from "fs";
import * as path from "path";

const DATASETS_MAP = path.resolve(__dirname, "../../src/data/datasets");

describe("provenance of the shipped data", () => {
  test("every shipped file passes its schema, has no field the schema does not know and matches its ladders", () => {
    expect(() => controleerDatasets()).not.toThrow();
  });

  const alle = Object.entries(RUWE_DATASETS).flatMap(([naam, raw]) => figurenVan(naam, raw));

  test("every data file in src/data/datasets is loaded", () => {
    const bestanden = fs
      .readdirSync(DATASETS_MAP)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""))
      .sort();
    expect(Object.keys(RUWE_DATASETS).sort()).toEqual(bestanden);
  });

  test("the walk finds the figures (sanity)", () => {
    expect(alle.length).toBeGreaterThan(500);
  });

  test.each(Object.keys(RUWE_DATASETS))("%s: every figure has a source URL, an ISO date and a valid status", (naam) => {
    const figuren = figurenVan(naam, RUWE_DATASETS[naam]);
    expect(figuren.length).toBeGreaterThan(0);
    for (const f of figuren) {
      const plek = `${naam} ${f.pad}`;
      expect([plek, f.bron]).toEqual([plek, expect.stringMatching(/^https?:\/\/\S+$/)]);
      expect([plek, f.geldigVanaf]).toEqual([plek, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
      expect([plek, (STATUSSEN as readonly string[]).includes(String(f.status))]).toEqual([plek, true]);
      expect([plek, f.status]).not.toEqual([plek, "gebruiker"]);
      expect([plek, f.waarde]).toEqual([plek, expect.stringMatching(/^-?\d+(\.\d+)?$/)]);
    }
  });

  test("every file is pretty-printed JSON (reviewable diffs)", () => {
    for (const f of fs.readdirSync(DATASETS_MAP).filter((x) => x.endsWith(".json"))) {
      const tekst = fs.readFileSync(path.join(DATASETS_MAP, f), "utf8");
      expect(tekst).toBe(JSON.stringify(JSON.parse(tekst), null, 2) + "\n");
    }
  });

  test("every dataset lists its gaps with where to obtain them", () => {
    for (const [naam, raw] of Object.entries(RUWE_DATASETS)) {
      const o = raw as { ontbreekt?: Array<{ wat: string; waar: string }> };
      expect([naam, Array.isArray(o.ontbreekt)]).toEqual([naam, true]);
      for (const g of o.ontbreekt ?? []) {
        expect(g.wat.length).toBeGreaterThan(3);
        expect(g.waar.length).toBeGreaterThan(3);
      }
    }
  });

  test("status markers as the reference marks them (samples)", () => {
    const vind = (dataset: string, pad: string) => figurenVan(dataset, RUWE_DATASETS[dataset]).find((f) => f.pad === pad);
    const jzEju = (RUWE_DATASETS["cao-jeugdzorg"] as { parameters: Array<{ naam: string; status: string }> }).parameters.find(
      (p) => p.naam === "eindejaarsuitkering",
    );
    expect(jzEju?.status).toBe("afgeleid");
    expect(vind("tabel-sociaal-werk-2024-07-01", "schalen.0.treden.0.bedrag")?.status).toBe("secundair");
    expect(vind("tabel-gehandicaptenzorg-2023-12-01", "schalen.3.treden.5.bedrag")).toMatchObject({ waarde: "2338", status: "geverifieerd" });
  });

  test("values the reference marks as not available are absent", () => {
    const ova = RUWE_DATASETS["ova-ppc"] as { ova: Array<{ jaar: number; soort: string }> };
    expect(ova.ova.find((c) => c.jaar === 2025 && c.soort === "definitief")).toBeUndefined();
    expect(ova.ova.find((c) => c.jaar === 2026)).toBeUndefined();
    const ko = RUWE_DATASETS["cao-kinderopvang"] as { parameters: Array<{ naam: string }> };
    expect(ko.parameters.find((p) => p.naam === "vakantietoeslag")).toBeUndefined();
    const pfzw = RUWE_DATASETS["pfzw"] as { jaren: Array<{ jaar: number; componenten: Array<{ naam: string }> }> };
    expect(pfzw.jaren.find((j) => j.jaar === 2025)?.componenten.find((c) => c.naam === "franchise")).toBeUndefined();
  });

  test("conflicting sources are recorded with the preferred value", () => {
    const p = RUWE_DATASETS["werkgeverspremies"] as {
      jaren: Array<{ jaar: number; componenten: Array<{ naam: string; waarde: string; conflict?: { waarde: string } }> }>;
    };
    const j24 = p.jaren.find((j) => j.jaar === 2024)!;
    expect(j24.componenten.find((c) => c.naam === "aof_hoog")).toMatchObject({ waarde: "0.0754", conflict: { waarde: "0.0749" } });
    expect(j24.componenten.find((c) => c.naam === "whk")).toMatchObject({ waarde: "0.0122", conflict: { waarde: "0.0153" } });
  });
});

describe("zod rejects a broken data file with a clear message", () => {
  test("a table amount as a float and a missing source", () => {
    const kapot = JSON.parse(JSON.stringify(RUWE_DATASETS["tabel-gehandicaptenzorg-2023-12-01"]));
    kapot.schalen[3].treden[5].bedrag = 2338.5;
    delete kapot.bron;
    expect(() => laadDataset(meegeleverdeTabelSchema, "tabel-kapot", kapot)).toThrow(
      /^Databestand 'tabel-kapot' is ongeldig: .*bron: .*schalen\.3\.treden\.5\.bedrag: .*\.$/,
    );
  });

  test("an invalid status and date in a CAO file", () => {
    const kapot = JSON.parse(JSON.stringify(RUWE_DATASETS["cao-ggz"]));
    kapot.verhogingen[0].status = "zeker";
    kapot.verhogingen[1].geldigVanaf = "1-11-2023";
    let melding = "";
    try {
      laadDataset(caoDatasetSchema, "cao-ggz", kapot);
    } catch (e) {
      melding = (e as Error).message;
    }
    expect(melding).toContain("Databestand 'cao-ggz' is ongeldig:");
    expect(melding).toContain("verhogingen.0.status:");
    expect(melding).toContain("verhogingen.1.geldigVanaf: verwacht een datum als JJJJ-MM-DD");
  });

  test("a misspelt optional field is refused (the files are used without parsing, so nothing may be dropped)", () => {
    const kapot = JSON.parse(JSON.stringify(RUWE_DATASETS["cao-ggz"]));
    kapot.verhogingen[0].minimumbedrag = kapot.verhogingen[0].minimumBedrag ?? "10";
    delete kapot.verhogingen[0].minimumBedrag;
    expect(() => controleerDatasets({ ...RUWE_DATASETS, "cao-ggz": kapot })).toThrow(
      "Databestand 'cao-ggz' is ongeldig: verhogingen.0.minimumbedrag: onbekend veld (niet in het schema).",
    );
  });

  test("a table amount that does not match its inpassingsnummer ladder is refused", () => {
    const naam = Object.keys(RUWE_DATASETS).find((n) => (RUWE_DATASETS[n] as { ladder?: unknown }).ladder)!;
    const kapot = JSON.parse(JSON.stringify(RUWE_DATASETS[naam]));
    const trede = kapot.schalen[0].treden.find((t: { inpassingsnummer?: number }) => t.inpassingsnummer !== undefined);
    trede.bedrag = "1.00";
    expect(() => controleerDatasets({ [naam]: kapot })).toThrow(new RegExp(`^Databestand '${naam}' is ongeldig: .*bedrag 1\\.00 hoort bij inpassingsnummer`));
  });

  test("a data file without a schema is refused, not skipped", () => {
    expect(() => controleerDatasets({ "nieuw-bestand": {} })).toThrow("Databestand 'nieuw-bestand' heeft geen schema");
  });

  test("the message constant", () => {
    expect(DATA_MSG.ongeldigBestand("x", ["a: b"])).toBe("Databestand 'x' is ongeldig: a: b.");
  });
});
