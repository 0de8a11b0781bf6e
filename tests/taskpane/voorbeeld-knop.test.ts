/**
 * "Vul voorbeeldregio in" (src/taskpane/writers/voorbeeld-invullen.ts) against the stub host's in-memory
 * workbook: it fills the template that is in the workbook with the sample region, after which Controleren finds
 * no problem and Berekenen writes the engine's tariffs for the region data (computed independently in
 * ./voorbeeld-invullen); it never writes over a cell the user filled, and says which cells; without a template,
 * or for a template the sample has no data for, it writes nothing and says why.
 */
import { Decimal } from "../../src/core/decimal";
import { kostprijsSjabloon, regioSjabloon, type SjabloonDefinitie } from "../../src/sjablonen/definities";
import { bandbreedteSjabloon, budgetSjabloon } from "../../src/sjablonen/budget";
import { indexatieSjabloon } from "../../src/sjablonen/invoertabellen";
import { bereken, controleer } from "../../src/taskpane/writers/sjabloon-rekenen";
import { voegSjabloonIn } from "../../src/taskpane/writers/sjabloon-invoegen";
import { vulVoorbeeldIn } from "../../src/taskpane/writers/voorbeeld-invullen";
import { laadStubHost, sleutel, type StubBlad } from "./stub-werkmap";
import { vulAanbieder, vulRegio } from "./voorbeeld-invullen";

async function ingevoegd(def: SjabloonDefinitie) {
  const host = laadStubHost();
  expect((await host.run((ctx) => voegSjabloonIn(ctx, def))).ok).toBe(true);
  return host;
}

/** product name → the tariff written next to "Product: …" on the result sheet. */
function tarieven(b: StubBlad): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const [k, v] of Object.entries(b.cellen)) {
    const [r, c] = k.split(",").map(Number);
    if (c === 0 && typeof v === "string" && v.startsWith("Product: ")) uit[v.slice(9)] = new Decimal(b.cellen[`${r},1`] as number).toFixed(2);
  }
  return uit;
}

const OPTIES = { formules: false, namespace: "RT", versie: "test" };

describe("Vul voorbeeldregio in", () => {
  test("Tariefberekening regio: ingevuld, Controleren zonder problemen, Berekenen = de rekenkern op de regiogegevens", async () => {
    const host = await ingevoegd(regioSjabloon());
    // cells the template itself fills with 'standaard' (not given) in the first product column, which the sample gives
    const gegeven = new Set(
      vulRegio()
        .cellen.filter((c) => c.blad === "Parameters" && /^B\d+$/.test(c.adres))
        .map((c) => sleutel(c.adres)),
    );
    const woord = Object.entries(host.blad("Parameters")!.cellen).filter(([k, v]) => v === "standaard" && gegeven.has(k));
    expect(woord.length).toBeGreaterThan(0);
    const uit = await host.run(vulVoorbeeldIn);
    expect(uit.ok).toBe(true);
    // 'standaard' is no input of the user: the sample's value replaced it
    for (const [k] of woord) expect([k, typeof host.blad("Parameters")!.cellen[k]]).toEqual([k, "number"]);
    expect(uit.melding).toMatch(
      /^Voorbeeldregio Midden-Holland \(illustratieve cijfers\) ingevuld: \d+ cellen op de bladen 'Parameters', 'Functiemix', 'Scenario's', 'Indexatie'\./,
    );
    const c = await host.run(controleer);
    expect(c.melding).toBe(
      "Geen problemen gevonden in 10 producten op het blad 'Parameters' (10 met een functiemix van het blad 'Functiemix') en 2 scenario's.",
    );
    await host.run((ctx) => bereken(ctx, OPTIES));
    const { verwacht } = vulRegio();
    expect(tarieven(host.blad("RT Resultaten")!)).toEqual(Object.fromEntries(verwacht.map((v) => [v.product, v.resultaat.tarief.toFixed(2)])));
    // the published anchor of the sample region: Begeleiding individueel under Sociaal Werk
    expect(tarieven(host.blad("RT Resultaten")!)["Begeleiding individueel"]).toBe("59.03");
  });

  test("Kostprijsmodel aanbieder: de inzending van Stichting Kwadraat onder haar eigen CAO", async () => {
    const host = await ingevoegd(kostprijsSjabloon());
    expect((await host.run(vulVoorbeeldIn)).ok).toBe(true);
    expect(host.blad("Aanbieder")!.cellen[sleutel("B3")]).toBe("Stichting Kwadraat");
    await host.run((ctx) => bereken(ctx, OPTIES));
    const { verwacht, cao } = vulAanbieder();
    expect(cao).toBe("Gehandicaptenzorg");
    expect(tarieven(host.blad("RT Resultaten")!)).toEqual(Object.fromEntries(verwacht.map((v) => [v.product, v.resultaat.tarief.toFixed(2)])));
  });

  for (const [titel, def] of [
    ["Scenario's en budget", budgetSjabloon],
    ["Bandbreedte en toetsing", bandbreedteSjabloon],
  ] as const) {
    test(`${titel}: elke tabel van de voorbeeldregio in de kolom met dezelfde kop; Controleren zonder problemen`, async () => {
      const host = await ingevoegd(def());
      expect((await host.run(vulVoorbeeldIn)).ok).toBe(true);
      expect(host.blad("Regio")!.cellen[sleutel("B2")]).toBe("Voorbeeldregio Midden-Holland (illustratief)");
      expect(host.blad("Producten")!.cellen[sleutel("A2")]).toBe("Jeugdbescherming");
      const c = await host.run(controleer);
      expect(c.ok).toBe(true);
      expect(c.melding).toMatch(/^Geen problemen gevonden in de regiowerkmap: \d+ producten met een tarief/);
    });
  }

  test("weigert over ingevulde cellen: niets geschreven, de cellen genoemd, de invoer van de gebruiker blijft", async () => {
    const host = await ingevoegd(kostprijsSjabloon());
    host.werkmap.typ("Aanbieder", "B3", "Zorg op Maat BV");
    host.werkmap.typ("Parameters", "B1", "Mijn product");
    const uit = await host.run(vulVoorbeeldIn);
    expect(uit.ok).toBe(false);
    expect(uit.melding).toBe(
      "Er is niets ingevuld: de voorbeeldregio zou 2 niet-lege cellen overschrijven: Parameters!B1 (Mijn product), Aanbieder!B3 (Zorg op Maat BV). Uw invoer blijft staan; probeer het voorbeeld in een nieuwe werkmap.",
    );
    expect(uit.cel).toBe("Parameters!B1");
    expect(host.blad("Aanbieder")!.cellen[sleutel("B3")]).toBe("Zorg op Maat BV");
    expect(host.blad("Parameters")!.cellen[sleutel("B1")]).toBe("Mijn product");
    // nothing else was written: no product column C, no function-mix row
    expect(host.blad("Parameters")!.cellen[sleutel("C1")]).toBeUndefined();
    expect(host.blad("Functiemix")!.cellen[sleutel("A2")]).toBeUndefined();
  });

  test("een formule in een doelcel telt als ingevuld", async () => {
    const host = await ingevoegd(regioSjabloon());
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Indexatie").getRange("B2").formulas = [["=RT.INDEXATIE_JAAR(2026)"]];
      await ctx.sync();
    });
    const uit = await host.run(vulVoorbeeldIn);
    expect(uit.ok).toBe(false);
    expect(uit.melding).toContain("Indexatie!B2 (=RT.INDEXATIE_JAAR(2026))");
  });

  test("zonder sjabloon, of bij een sjabloon zonder voorbeeldgegevens: niets geschreven, met de reden", async () => {
    const leeg = laadStubHost();
    const u1 = await leeg.run(vulVoorbeeldIn);
    expect(u1.ok).toBe(false);
    expect(u1.melding).toContain("Deze werkmap heeft geen sjabloon (blad 'Sjabloon' ontbreekt). Voeg eerst een sjabloon in");
    expect(leeg.werkmap.bladen.map((b) => b.name)).toEqual(["Blad1"]);
    const ix = await ingevoegd(indexatieSjabloon());
    const u2 = await ix.run(vulVoorbeeldIn);
    expect(u2.melding).toBe(
      "De voorbeeldregio heeft geen gegevens voor dit sjabloon (soort 'indexatie' op het blad 'Sjabloon', cel B3); kan wel: Kostprijsmodel aanbieder, Tariefberekening regio, Scenario's en budget, Bandbreedte en toetsing. Er is niets ingevuld.",
    );
    expect(Object.keys(ix.blad("OVA-PPC")!.cellen).every((k) => k.startsWith("0,"))).toBe(true);
  });
});
