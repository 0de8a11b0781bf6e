/**
 * The task pane's template writer (Excel.RequestContext) over the definitions of src/sjablonen: against the
 * in-memory stub workbook, every cell of every sheet carries the definition's value or formula, format, style,
 * validation and comment; names are added; an existing sheet is never overwritten.
 */
import { kostprijsSjabloon, regioSjabloon, parameterRij, tabelBereik, type SjabloonDefinitie } from "../../src/sjablonen/definities";
import { bandbreedteSjabloon, budgetSjabloon } from "../../src/sjablonen/budget";
import { caoTabelSjabloon, indexatieSjabloon } from "../../src/sjablonen/invoertabellen";
import { tabelKoppen } from "../../src/sjablonen/tabel-koppen";
import { alsTekst, bladRaster, validatieRegel, voegSjabloonIn } from "../../src/taskpane/writers/sjabloon-invoegen";
import { laadStubHost, sleutel } from "./stub-werkmap";

function controleerAlles(def: SjabloonDefinitie, stub: ReturnType<typeof laadStubHost>): void {
  for (const b of def.bladen) {
    const blad = stub.blad(b.naam);
    expect(blad).toBeDefined();
    for (const c of b.cellen) {
      const k = sleutel(c.adres);
      if (c.formule !== undefined) expect(blad!.formules[k]).toBe(`=${c.formule}`);
      else if (c.waarde !== undefined && c.waarde !== "") expect(blad!.cellen[k]).toBe(c.waarde);
      if (c.formaat) expect(blad!.formaten[k]).toBe(c.formaat);
      if (c.stijl === "invoer") expect(blad!.opmaak[k]).toEqual(expect.objectContaining({ vergrendeld: false, vulling: "#FFF7D6" }));
      if (c.stijl === "kop") expect(blad!.opmaak[k]?.vet).toBe(true);
      if (c.validatie) expect(blad!.validaties[k]).toEqual(expect.objectContaining(validatieRegel(c.validatie)));
      if (c.opmerking) expect(stub.werkmap.opmerkingen[`'${b.naam}'!${c.adres}`]).toBe(c.opmerking);
    }
    if (b.bevroren) expect(blad!.bevroren).toEqual(b.bevroren);
  }
  for (const n of def.namen) expect(stub.werkmap.namen[n.naam]).toBe(`=${n.verwijzing}`);
}

describe("sjabloon invoegen via Excel.RequestContext", () => {
  test("kostprijsonderzoek aanbieder: alle bladen, cellen, formaten, invoeropmaak, keuzelijsten, opmerkingen en namen", async () => {
    const stub = laadStubHost();
    const def = kostprijsSjabloon(["Begeleiding individueel", "Dagbesteding"]);
    const uit = await stub.run((ctx) => voegSjabloonIn(ctx, def));
    expect(uit.ok).toBe(true);
    expect(stub.werkmap.bladen.map((b) => b.name)).toEqual(["Blad1", "Sjabloon", "Aanbieder", "Parameters", "Functiemix", "Onderbouwing"]);
    controleerAlles(def, stub);
    // spot checks written out by hand
    const par = stub.blad("Parameters")!;
    expect(par.cellen[sleutel("B1")]).toBe("Begeleiding individueel");
    expect(par.formaten[sleutel(`B${parameterRij("overhead")}`)]).toBe("0.00%");
    expect(par.validaties[sleutel(`C${parameterRij("afronding")}`)]).toEqual(
      expect.objectContaining({ list: expect.objectContaining({ source: expect.stringContaining("cent") }) }),
    );
    expect(stub.werkmap.namen.RT_SJABLOON_SOORT).toBe("='Sjabloon'!$B$3");
    expect(stub.blad("Sjabloon")!.cellen[sleutel("B3")]).toBe("kostprijs");
  });

  test("tariefberekening regio: idem", async () => {
    const stub = laadStubHost();
    const def = regioSjabloon();
    expect((await stub.run((ctx) => voegSjabloonIn(ctx, def))).ok).toBe(true);
    controleerAlles(def, stub);
  });

  test("weigert als een blad van het sjabloon al bestaat, en schrijft niets", async () => {
    const stub = laadStubHost({ selectie: { blad: "Parameters", rij: 0, kolom: 0, waarden: [["mijn gegevens"]] } });
    const uit = await stub.run((ctx) => voegSjabloonIn(ctx, kostprijsSjabloon()));
    expect(uit.ok).toBe(false);
    expect(uit.melding).toContain("de werkmap heeft al het werkblad 'Parameters'");
    expect(uit.melding).toContain("niets overschreven");
    expect(stub.werkmap.bladen.map((b) => b.name)).toEqual(["Blad1", "Parameters"]);
    expect(stub.blad("Parameters")!.cellen[sleutel("A1")]).toBe("mijn gegevens");
    expect(stub.werkmap.namen).toEqual({});
  });

  test("tekst blijft tekst: een apostrof ervoor als Excel haar anders als formule, getal of datum leest", () => {
    expect(alsTekst("'opslag': T = D")).toBe("''opslag': T = D");
    expect(alsTekst("-5 is negatief")).toBe("'-5 is negatief");
    expect(alsTekst("0123")).toBe("'0123");
    expect(alsTekst("2026-07-01")).toBe("'2026-07-01");
    expect(alsTekst("Naam aanbieder")).toBe("Naam aanbieder");
  });

  test("raster: formules met '=', tekst die met '=' begint blijft tekst", () => {
    const r = bladRaster({
      naam: "X",
      kolombreedtes: [],
      cellen: [
        { adres: "B2", formule: "SUM(A1:A2)" },
        { adres: "A1", waarde: "=geen formule" },
      ],
    });
    expect(r.formules).toEqual([
      ["'=geen formule", ""],
      ["", "=SUM(A1:A2)"],
    ]);
    expect([r.rijen, r.kolommen]).toEqual([2, 2]);
  });

  describe("invoerblokken als benoemde Excel-tabellen", () => {
    const sjablonen: [string, () => SjabloonDefinitie, string[]][] = [
      ["Kostprijsmodel aanbieder", () => kostprijsSjabloon(), ["RT_Aanbieder", "RT_Functiemix", "RT_Onderbouwing"]],
      ["Tariefberekening regio", () => regioSjabloon(), ["RT_Functiemix", "RT_Bandbreedte", "RT_Scenarios", "RT_Indexatie"]],
      [
        "Scenario's en budget",
        () => budgetSjabloon(),
        [
          "RT_Regio",
          "RT_Gemeenten",
          "RT_Segmenten",
          "RT_Producten",
          "RT_Normbezetting",
          "RT_CAO_indeling",
          "RT_Scenarios",
          "RT_Volumes",
          "RT_Plafonds",
          "RT_Indexcijfers",
        ],
      ],
      [
        "Bandbreedte en toetsing",
        () => bandbreedteSjabloon(),
        [
          "RT_Regio",
          "RT_Gemeenten",
          "RT_Segmenten",
          "RT_Producten",
          "RT_Normbezetting",
          "RT_CAO_indeling",
          "RT_Aanbieders",
          "RT_Inzendingen",
          "RT_Onderbouwingen",
        ],
      ],
      ["Indexatie", () => indexatieSjabloon(), ["RT_OVA_PPC"]],
      ["CAO-tabellen", () => caoTabelSjabloon(), []],
    ];
    for (const [titel, maak, namen] of sjablonen) {
      test(`${titel}: ${namen.length ? namen.join(", ") : "geen tabel (de kopregel is zelf invoer)"}; kopregel onveranderd`, async () => {
        const def = maak();
        const stub = laadStubHost();
        expect((await stub.run((ctx) => voegSjabloonIn(ctx, def))).ok).toBe(true);
        const gemaakt = stub.werkmap.bladen.flatMap((b) => b.tabellen.map((t) => ({ blad: b.name, ...t })));
        expect(gemaakt.map((t) => t.naam)).toEqual(namen);
        for (const t of gemaakt) {
          const b = def.bladen.find((x) => x.naam === t.blad)!;
          const d = b.tabellen!.find((x) => x.naam === t.naam)!;
          // the range Excel got includes the header row; the header texts are the definition's, none filled in by Excel
          expect(t.bereik).toBe(`'${t.blad.replace(/'/g, "''")}'!${tabelBereik(d)}`.replace(/^'([A-Za-z_][A-Za-z0-9_.]*)'!/, "$1!"));
          expect(t.koppen).toEqual(tabelKoppen(b, d));
          expect(t.koppen.some((k) => /^Kolom\d+$/.test(k))).toBe(false);
          expect(t.stijl).toBe("TableStyleLight1");
        }
        // tables or not, every cell still carries the definition (values, formats, styles, validation, comments)
        controleerAlles(def, stub);
      });
    }

    test("Parameters en CAO-tabel geen tabel: Excel zou 'Kolom2' in een lege productkop schrijven, en tabelKoppen weigert dat", async () => {
      const stub = laadStubHost();
      // what Excel does with an empty header cell (the stub behaves the same): it writes a name of its own into it
      await stub.run(async (ctx) => {
        const b = ctx.workbook.worksheets.getItem("Blad1");
        b.getRange("A1").values = [["parameter"]];
        b.tables.add("A1:C3", true);
        await ctx.sync();
      });
      expect([stub.blad("Blad1")!.cellen[sleutel("B1")], stub.blad("Blad1")!.cellen[sleutel("C1")]]).toEqual(["Kolom2", "Kolom3"]);
      const par = regioSjabloon().bladen.find((b) => b.naam === "Parameters")!;
      expect(par.tabellen).toBeUndefined();
      expect(() => tabelKoppen(par, { naam: "X", kopRij: 1, kolommen: 3, rijen: 5 })).toThrow("Tabel X op blad 'Parameters': kopcel B1 is leeg of geen tekst.");
    });

    test("weigert als de naam van een tabel al in de werkmap bestaat (tabellen en namen delen één naamruimte), en schrijft niets", async () => {
      const stub = laadStubHost();
      await stub.run(async (ctx) => {
        const b = ctx.workbook.worksheets.getItem("Blad1");
        b.getRange("A1:B1").values = [["a", "b"]];
        b.tables.add("A1:B2", true).name = "RT_Functiemix";
        await ctx.sync();
      });
      const uit = await stub.run((ctx) => voegSjabloonIn(ctx, regioSjabloon()));
      expect(uit.ok).toBe(false);
      expect(uit.melding).toContain("de naam RT_Functiemix bestaat al");
      expect(stub.werkmap.bladen.map((b) => b.name)).toEqual(["Blad1"]);
    });
  });
});
