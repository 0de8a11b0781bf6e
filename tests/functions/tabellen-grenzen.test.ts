/**
 * The result tables of RT.BUDGET (all three weergaven) and RT.INDEXCIJFERS as a user sees them in the sheet:
 * headings, the "Totaal" rows and how the views reconcile (Stryker: the headings, the product view and the
 * indexation table were reached by no test). Amounts are compared in cents (integers), never as float sums.
 */
import * as f from "../../src/functions/functions";
import { voorbeeldRegioBereiken } from "../../src/data/voorbeeldregio/bereiken";

const B = voorbeeldRegioBereiken();
const nul = null as unknown as undefined;
const budget = (weergave?: string) =>
  f.budget(
    B.producten,
    B.volumes,
    B.indexcijfers.slice(1).map((r) => [r[1]]),
    2025,
    B.scenarios,
    B.plafonds,
    weergave,
    B.normbezetting,
    B.caoIndeling,
    "Sociaal Werk",
  );
const cent = (x: unknown) => Math.round((x as number) * 100);
const som = (rijen: unknown[][], kolom: number) => rijen.reduce((s, r) => s + cent(r[kolom]), 0);

describe("RT.BUDGET weergaven", () => {
  // computed inside the tests that use them (once each), not while Jest collects the tests nor in a beforeAll: a throw
  // then fails a test instead of the whole file, and Stryker attributes the code that ran to the test that ran it (a
  // beforeAll's coverage went to the test before it, so a mutant of the product view ran against the wrong test)
  const eenmaal = <T>(f: () => T) => {
    let waarde: T | undefined;
    return () => (waarde ??= f());
  };
  const overzichtVan = eenmaal(() => budget(nul));
  const productVan = eenmaal(() => budget("product"));
  const totaalVan = eenmaal(() => budget("totaal"));

  test("overzicht (the default): heading, per municipality and segment, then 'Totaal' rows that reconcile", () => {
    const overzicht = overzichtVan();
    expect(overzicht[0]).toEqual(["Scenario", "Jaar", "Gemeente", "Segment", "Bedrag", "Plafond", "Overschrijding"]);
    expect(budget("overzicht")).toEqual(overzicht);
    const basis = overzicht.filter((r) => r[0] === "basis" && r[1] === 2025);
    const delen = basis.filter((r) => r[2] !== "Totaal" && r[3] !== "Totaal");
    const perGemeente = basis.filter((r) => r[2] !== "Totaal" && r[3] === "Totaal");
    const perSegment = basis.filter((r) => r[2] === "Totaal" && r[3] !== "Totaal");
    const alles = basis.filter((r) => r[2] === "Totaal" && r[3] === "Totaal");
    expect(delen.length).toBeGreaterThan(1);
    expect(perGemeente.length).toBeGreaterThan(1);
    expect(perSegment.length).toBeGreaterThan(1);
    expect(alles).toHaveLength(1);
    // each municipality's total is the sum of its segments; the grand total is the sum of either
    for (const g of perGemeente)
      expect(
        som(
          delen.filter((r) => r[2] === g[2]),
          4,
        ),
      ).toBe(cent(g[4]));
    expect(som(perGemeente, 4)).toBe(cent(alles[0][4]));
    expect(som(perSegment, 4)).toBe(cent(alles[0][4]));
    // totals carry no ceiling and no excess
    for (const r of [...perGemeente, ...perSegment, ...alles]) expect(r.slice(5)).toEqual(["", ""]);
  });

  test("product: one row per product with volume × price = amount, summing to the overzicht's grand total", () => {
    const [overzicht, product] = [overzichtVan(), productVan()];
    expect(product[0]).toEqual(["Scenario", "Jaar", "Gemeente", "Segment", "Product", "Volume", "Prijs", "Bedrag"]);
    const basis = product.filter((r) => r[0] === "basis" && r[1] === 2025);
    expect(basis.length).toBeGreaterThan(1);
    // e.g. Gouda × Begeleiding individueel 2025: 29.760 × 59,03 = 1.756.732,80 (regio-functies.test.ts)
    for (const r of basis) expect(Math.round((r[5] as number) * cent(r[6]))).toBe(cent(r[7]));
    const alles = overzicht.find((r) => r[0] === "basis" && r[1] === 2025 && r[2] === "Totaal" && r[3] === "Totaal")!;
    expect(som(basis, 7)).toBe(cent(alles[4]));
  });

  test("totaal: only the grand total per scenario and year, equal to the overzicht's", () => {
    const [overzicht, totaal] = [overzichtVan(), totaalVan()];
    expect(totaal[0]).toEqual(overzicht[0]);
    const rijen = totaal.slice(1);
    expect(rijen.length).toBeGreaterThan(0);
    for (const r of rijen) expect([r[2], r[3], r[5], r[6]]).toEqual(["Totaal", "Totaal", "", ""]);
    expect(rijen).toEqual(overzicht.filter((r) => r[2] === "Totaal" && r[3] === "Totaal"));
  });
});

describe("RT.INDEXCIJFERS", () => {
  test("the VNG figures of a year and of the year before, each with status, source and its own text", () => {
    const t = f.indexcijfers(2025);
    expect(t[0]).toEqual(["Cijfer", "Waarde", "Status", "Bron", "Toelichting"]);
    expect(t.slice(1).map((r) => r[0])).toEqual([
      "OVA 2025 prognose",
      "PPC 2025 prognose",
      "OVA 2024 prognose",
      "OVA 2024 definitief",
      "PPC 2024 prognose",
      "PPC 2024 definitief",
    ]);
    // VNG, indexatie 2025: OVA 4,18 %, PPC 1,82 %
    expect(t[1].slice(1, 3)).toEqual([0.0418, "geverifieerd"]);
    expect(t[2][1]).toBe(0.0182);
    for (const r of t.slice(1)) {
      expect(typeof r[1]).toBe("number");
      expect(String(r[3])).toMatch(/^https:\/\//);
      // the text names the same figure as a percentage: 0,0418 → "4,18%"
      expect(r[4]).toBe(`${r[0]}: ${String(Math.round((r[1] as number) * 10000) / 100).replace(".", ",")}%`);
    }
  });
});
