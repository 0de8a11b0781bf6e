/**
 * Berekenen with "live formules" on the region workbooks (Scenario's en budget, Bandbreedte en toetsing), against
 * the stub host: the formulas are RT.* calls over the region sheets' tables (structured references to the template
 * tables, or cell ranges when the workbook has no tables). Each formula is evaluated here the way Excel does — its
 * references resolved to the stub workbook's cells, then the custom function (src/functions/functions.ts) called —
 * and must give what the engine computes for the sample region itself, to the cent.
 */
import { Decimal } from "../../src/core/decimal";
import { berekenRegio } from "../../src/core/regio";
import { standaardCaoBron } from "../../src/data";
import { vandaagIso } from "../../src/functions/adapters/invoer";
import * as functies from "../../src/functions/functions";
import { voorbeeldRegio } from "../../src/data/voorbeeldregio";
import { bandbreedteSjabloon, budgetSjabloon } from "../../src/sjablonen/budget";
import { regioSjabloon, type SjabloonDefinitie } from "../../src/sjablonen/definities";
import { indexeerJaar } from "../../src/core/indexatie";
import { VOORBEELDREGIO_DATA } from "../../src/data/voorbeeldregio";
import { vulVoorbeeldIn } from "../../src/taskpane/writers/voorbeeld-invullen";
import { vulRegio } from "./voorbeeld-invullen";
import { bereken } from "../../src/taskpane/writers/sjabloon-rekenen";
import { voegSjabloonIn } from "../../src/taskpane/writers/sjabloon-invoegen";
import { regioFormules } from "../../src/taskpane/writers/regio-rekenen";
import { laadStubHost, sleutel, type StubBlad } from "./stub-werkmap";
import { vulRegioWerkmap } from "./voorbeeld-invullen";

type Host = ReturnType<typeof laadStubHost>;

async function metVoorbeeld(def: SjabloonDefinitie): Promise<Host> {
  const host = laadStubHost();
  expect((await host.run((ctx) => voegSjabloonIn(ctx, def))).ok).toBe(true);
  const raster = (n: string) => {
    const b = host.blad(n);
    return b ? Array.from({ length: 10 }, (_, r) => Array.from({ length: 40 }, (_, k) => b.cellen[`${r},${k}`] ?? "")) : undefined;
  };
  for (const c of vulRegioWerkmap(raster)) host.werkmap.typ(c.blad, c.adres, c.waarde);
  return host;
}

/** Cells of an A1 range on a stub sheet, empty cells as "" (as Excel hands them to a custom function). */
function cellen(host: Host, blad: string, a: string): unknown[][] {
  const [van, tot] = a.replace(/\$/g, "").split(":");
  const [r0, c0] = sleutel(van).split(",").map(Number);
  const [r1, c1] = sleutel(tot ?? van)
    .split(",")
    .map(Number);
  const b = host.blad(blad)!;
  return Array.from({ length: r1 - r0 + 1 }, (_, i) => Array.from({ length: c1 - c0 + 1 }, (_, j) => b.cellen[`${r0 + i},${c0 + j}`] ?? ""));
}

/** One argument of a formula as Excel passes it: a table, a table column, a range, a cell, a text, or omitted. */
function argument(host: Host, a: string): unknown {
  if (a === "") return undefined;
  if (a.startsWith('"')) return a.slice(1, -1);
  const t = /^(RT_\w+)\[(.+)\]$/.exec(a);
  if (t) {
    const b = host.werkmap.bladen.find((x: StubBlad) => x.tabellen.some((y) => y.naam === t[1]))!;
    const tabel = b.tabellen.find((y) => y.naam === t[1])!;
    const alles = cellen(host, b.name, tabel.bereik.replace(/^.*!/, ""));
    if (t[2] === "#All") return alles;
    const k = tabel.koppen.indexOf(t[2]);
    return alles.slice(1).map((r) => [r[k]]);
  }
  const m = /^'((?:[^']|'')+)'!(.+)$/.exec(a)!;
  const w = cellen(host, m[1].replace(/''/g, "'"), m[2]);
  return m[2].includes(":") ? w : w[0][0];
}

const FUNCTIE: Record<string, (...a: never[]) => unknown[][]> = {
  SCENARIO_VERGELIJKING: functies.scenarioVergelijking,
  BUDGET: functies.budget,
  TARIEFGROEPEN: functies.tariefgroepen,
  BANDBREEDTE: functies.bandbreedte,
};

/** Evaluates "=RT.F(a,b,…)" as Excel would: references resolved in the stub workbook, then the custom function. */
function evalueer(host: Host, formule: string): unknown[][] {
  const m = /^=RT\.(\w+)\((.*)\)$/.exec(formule)!;
  const args = m[2].split(/,(?=(?:[^"']*["'][^"']*["'])*[^"']*$)/).map((a) => argument(host, a.trim()));
  return (FUNCTIE[m[1]] as (...a: unknown[]) => unknown[][])(...args);
}

/** The live formulas written on the result sheet: title → formula. */
function formules(b: StubBlad): Map<string, string> {
  const uit = new Map<string, string>();
  for (const [k, t] of Object.entries(b.cellen)) {
    if (typeof t !== "string" || !t.endsWith(" (live formule)")) continue;
    const [r, c] = k.split(",").map(Number);
    uit.set(t.replace(" (live formule)", ""), b.formules[`${r + 1},${c}`]);
  }
  return uit;
}

const euro = (v: unknown) => new Decimal(v as number).toFixed(2);

describe("Berekenen als live formules op een regiowerkmap", () => {
  const u = berekenRegio(voorbeeldRegio(), { caoBron: standaardCaoBron, vandaag: vandaagIso() });

  test("Scenario's en budget: RT.SCENARIO_VERGELIJKING en RT.BUDGET over de tabellen, uitgerekend gelijk aan de rekenkern", async () => {
    const host = await metVoorbeeld(budgetSjabloon());
    const uit = await host.run((ctx) => bereken(ctx, { formules: true, namespace: "RT", versie: "test" }));
    expect(uit.ok).toBe(true);
    expect(uit.melding).toContain("met daaronder 2 live formules");
    const res = host.blad("RT Regio")!;
    const f = formules(res);
    expect([...f.keys()]).toEqual(["Tarief per product per scenario", "Budget per scenario en jaar (regio totaal)"]);
    // references to the input: the template tables (they grow with their rows) and the settings on the sheet Regio
    expect(f.get("Tarief per product per scenario")).toBe(
      "=RT.SCENARIO_VERGELIJKING(RT_Producten[#All],RT_Scenarios[#All],RT_Normbezetting[#All],RT_CAO_indeling[#All],'Regio'!$B$3)",
    );
    expect(f.get("Budget per scenario en jaar (regio totaal)")).toBe(
      "=RT.BUDGET(RT_Producten[#All],RT_Volumes[#All],RT_Indexcijfers[index],'Regio'!$B$4,RT_Scenarios[#All],RT_Plafonds[#All],\"totaal\",RT_Normbezetting[#All],RT_CAO_indeling[#All],'Regio'!$B$3)",
    );

    const vergelijking = evalueer(host, f.get("Tarief per product per scenario")!);
    expect(vergelijking[0].slice(0, 4)).toEqual(["Product", "Eenheid", "Basis", u.scenarios[0].naam]);
    expect(vergelijking.slice(1).map((r) => [r[0], euro(r[2]), ...u.scenarios.map((_, i) => euro(r[3 + 3 * i]))])).toEqual(
      u.vergelijking.map((v) => [v.product, v.basis.tarief.toFixed(2), ...v.scenarios.map((s) => s.resultaat.tarief.toFixed(2))]),
    );
    const budget = evalueer(host, f.get("Budget per scenario en jaar (regio totaal)")!);
    expect(budget.slice(1).map((r) => [r[0], r[1], euro(r[4])])).toEqual(u.budget.totaal.map((t) => [t.scenario, t.jaar, t.bedrag.toFixed(2)]));
    expect(budget.length).toBe(u.budget.totaal.length + 1);

    // the area each formula's result spills into is empty on the sheet (no #SPILL!): nothing written there
    for (const [titel, formule] of f) {
      const [r, c] = Object.entries(res.formules)
        .find(([, x]) => x === formule)![0]
        .split(",")
        .map(Number);
      const uitkomst = evalueer(host, formule);
      const inDeWeg = [...Object.keys(res.cellen), ...Object.keys(res.formules)].filter((k) => {
        const [rr, cc] = k.split(",").map(Number);
        return (rr !== r || cc !== c) && rr >= r && rr < r + uitkomst.length && cc >= c && cc < c + uitkomst[0].length;
      });
      expect([titel, inDeWeg]).toEqual([titel, []]);
    }
    // the chart tables are still there as values
    expect(uit.grafieken!.map((g) => g.soort)).toEqual(["scenarios", "budget", "budget_scenarios"]);
  });

  test("Bandbreedte en toetsing: RT.TARIEFGROEPEN, uitgerekend gelijk aan de tariefgroep naast elke aanbieder", async () => {
    const host = await metVoorbeeld(bandbreedteSjabloon());
    const uit = await host.run((ctx) => bereken(ctx, { formules: true, namespace: "RT", versie: "test" }));
    expect(uit.ok).toBe(true);
    const f = formules(host.blad("RT Regio")!);
    expect(f.get("Tarief per product per CAO (tariefgroepen)")).toBe("=RT.TARIEFGROEPEN(RT_Producten[#All],RT_Normbezetting[#All],RT_CAO_indeling[#All])");
    const groepen = evalueer(host, f.get("Tarief per product per CAO (tariefgroepen)")!);
    for (const t of u.tariefgroepen) {
      const rij = groepen.find((r) => r[0] === t.product)!;
      expect([t.product, t.cao, euro(rij[groepen[0].indexOf(t.cao)])]).toEqual([t.product, t.cao, t.resultaat.tarief.toFixed(2)]);
    }
    // the bandwidth of the provider-specific product: RT.BANDBREEDTE over the submissions, with the product and the
    // parameters of the sheet Regio, gives the engine's bandwidth exactly (min, norm, max)
    expect(u.bandbreedtes.length).toBe(1);
    const b = u.bandbreedtes[0];
    const titel = `Bandbreedte ${b.product}`;
    expect([...f.keys()]).toEqual([titel, "Tarief per product per CAO (tariefgroepen)"]);
    expect(f.get(titel)).toMatch(/^=RT\.BANDBREEDTE\(RT_Inzendingen\[#All\],'Regio'!\$B\$\d+,'Regio'!\$B\$\d+\)$/);
    const band = evalueer(host, f.get(titel)!);
    expect(band[0]).toEqual(["Parameter", "Min", "Norm", "Max", "Aantal", "Toelichting"]);
    const exact = (x: unknown) => new Decimal(x as number).toString();
    expect(band.slice(1).map((r) => [r[0], exact(r[1]), exact(r[2]), exact(r[3]), r[4]])).toEqual(
      b.bandbreedtes.map((x) => [x.parameter, x.min.toString(), x.norm!.toString(), x.max.toString(), x.aantal]),
    );
    expect(uit.melding).toContain(`live formules (${titel}; Tarief per product per CAO (tariefgroepen))`);
    // every provider's tariff group in the values table is a cell of the live table
    const metGroep = u.aanbiederTarieven.filter((x) => x.tariefgroep && x.product);
    expect(metGroep.length).toBeGreaterThan(0);
    for (const a of metGroep) {
      const rij = groepen.find((r) => r[0] === a.product)!;
      expect([a.aanbieder, euro(rij[groepen[0].indexOf(a.tariefgroep!.cao.cao)])]).toEqual([a.aanbieder, a.tariefgroep!.tarief.toFixed(2)]);
    }
  });

  test("zonder sjabloontabellen (een regiowerkmap van rt regio): celbereiken vanaf A1", () => {
    const bladen: Record<string, string | undefined> = { Producten: "'Producten'!$A$1:$P$12", "Scenario's": "'Scenario''s'!$A$1:$E$4" };
    const blokken = regioFormules(
      "RT",
      { tabel: (b) => bladen[b], kolom: () => undefined, instelling: (n) => (n === "referentie_cao" ? "'Regio'!$B$3" : undefined) },
      u,
    );
    expect(blokken.map((b) => b.formule)).toEqual(["=RT.SCENARIO_VERGELIJKING('Producten'!$A$1:$P$12,'Scenario''s'!$A$1:$E$4,,,'Regio'!$B$3)"]);
    expect(blokken[0].rijen).toBe(u.vergelijking.length + 1);
  });
});

describe("Berekenen als live formules op de Tariefberekening regio", () => {
  test("de tabel per jaar: =$B$n naar het RT.TARIEF van het product, dan RT.INDEXEER per jaar over de cellen van het blad Indexatie", async () => {
    const host = laadStubHost();
    expect((await host.run((ctx) => voegSjabloonIn(ctx, regioSjabloon()))).ok).toBe(true);
    expect((await host.run(vulVoorbeeldIn)).ok).toBe(true);
    expect((await host.run((ctx) => bereken(ctx, { formules: true, namespace: "RT", versie: "test" }))).ok).toBe(true);
    const res = host.blad("RT Resultaten")!;
    const titel = Object.entries(res.cellen).find(([, v]) => v === "Tarief per product per jaar (geïndexeerd) (live formules)")![0];
    const [r0, c0] = titel.split(",").map(Number);
    const { verwacht } = vulRegio();
    const jaren = VOORBEELDREGIO_DATA.indexcijfers.length;
    verwacht.forEach((v, p) => {
      const r = r0 + 2 + p;
      expect(res.cellen[`${r},${c0}`]).toBe(v.product);
      // the tariff: a reference to the product's RT.TARIEF cell in the result block
      const ref = /^=\$B\$(\d+)$/.exec(res.formules[`${r},${c0 + 1}`])!;
      expect(res.cellen[`${Number(ref[1]) - 1},0`]).toBe(`Product: ${v.product}`);
      expect(res.formules[`${Number(ref[1]) - 1},1`]).toMatch(/^=RT\.TARIEF\(CHOOSE\(/);
      // each year: RT.INDEXEER(previous cell, index, rounding) evaluated through the custom function, from the engine's tariff
      let vorig = v.resultaat.tarief.toNumber();
      let t = v.resultaat.tarief;
      for (let k = 0; k < jaren; k++) {
        const f = res.formules[`${r},${c0 + 2 + k}`];
        const m = /^=RT\.INDEXEER\(([A-Z]+)(\d+),Indexatie!\$B\$(\d+),Indexatie!\$C\$(\d+)\)$/.exec(f)!;
        expect(sleutel(`${m[1]}${m[2]}`)).toBe(`${r},${c0 + 1 + k}`);
        const ix = host.blad("Indexatie")!;
        const uitkomst = functies.indexeer(vorig, [[ix.cellen[sleutel(`B${m[3]}`)]]], ix.cellen[sleutel(`C${m[4]}`)] as string);
        t = indexeerJaar(t, new Decimal(VOORBEELDREGIO_DATA.indexcijfers[k]), "cent");
        expect([v.product, k, euro(uitkomst)]).toEqual([v.product, k, t.toFixed(2)]);
        vorig = uitkomst;
      }
    });
  });
});
