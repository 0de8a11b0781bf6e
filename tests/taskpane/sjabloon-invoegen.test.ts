/**
 * The task pane's template writer (Excel.RequestContext) over the definitions of src/sjablonen: against the
 * in-memory stub workbook, every cell of every sheet carries the definition's value or formula, format, style,
 * validation and comment; names are added; an existing sheet is never overwritten.
 */
import { kostprijsSjabloon, regioSjabloon, parameterRij, type SjabloonDefinitie } from "../../src/sjablonen/definities";
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
    expect(par.validaties[sleutel(`C${parameterRij("afronding")}`)]).toEqual(expect.objectContaining({ list: expect.objectContaining({ source: expect.stringContaining("cent") }) }));
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
    const r = bladRaster({ naam: "X", kolombreedtes: [], cellen: [{ adres: "B2", formule: "SUM(A1:A2)" }, { adres: "A1", waarde: "=geen formule" }] });
    expect(r.formules).toEqual([["'=geen formule", ""], ["", "=SUM(A1:A2)"]]);
    expect([r.rijen, r.kolommen]).toEqual([2, 2]);
  });
});
