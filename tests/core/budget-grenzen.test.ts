/**
 * Budget (budget.ts): which volume a year takes, how amounts are rounded and summed, the totals of a year without
 * volumes, and the ceiling check at its bound. Amounts by hand in the comments.
 */
import { berekenBudget, controleerPlafonds, controleerVolumes, toetsPlafonds, type Plafond } from "../../src/core/budget";
import { Decimal } from "../../src/core/decimal";
import type { ProductInfo } from "../../src/core/segment";
import { invoerMelding as melding } from "../helpers/fout";

const D = (x: string | number) => new Decimal(x);
const PRODUCTEN: ProductInfo[] = [
  { product: "Begeleiding", segment: "S1", financieringsvorm: "pxq" },
  { product: "Dagbesteding", segment: "S2", financieringsvorm: "pxq" },
];
const PRIJS: Record<string, string[]> = { Begeleiding: ["59.03", "61.17"], Dagbesteding: ["10.005", "20"] };

function budget(volumes: Parameters<typeof berekenBudget>[0]["volumes"], scenarios = ["basis"]) {
  return berekenBudget({
    scenarios,
    jaren: [2025, 2026],
    gemeenten: ["Gouda", "Zuidplas"],
    producten: PRODUCTEN,
    volumes,
    prijs: (s, p, j) => D(PRIJS[p][j]).times(s === "hoog" ? 2 : 1),
  });
}

describe("berekenBudget", () => {
  test("a volume of a specific year wins over the volume for every year; names compare without case", () => {
    const b = budget([
      { gemeente: "gouda", product: "BEGELEIDING", volume: D(100) },
      { gemeente: "Gouda", product: "Begeleiding", volume: D(200), jaar: 2026 },
    ]);
    expect(b.regels.map((r) => [r.jaar, r.gemeente, r.product, r.volume.toString(), r.prijs.toString(), r.bedrag.toFixed(2)])).toEqual([
      // 100 × 59,03 = 5.903,00; 200 × 61,17 = 12.234,00
      [2025, "Gouda", "Begeleiding", "100", "59.03", "5903.00"],
      [2026, "Gouda", "Begeleiding", "200", "61.17", "12234.00"],
    ]);
    expect(b.regels[0].segment).toBe("S1");
    expect(b.regels[0].scenario).toBe("basis");
  });

  test("each amount is ROUND(prijs × volume; 2) and every total the exact sum of the amounts", () => {
    const b = budget([
      { gemeente: "Gouda", product: "Dagbesteding", volume: D(1) }, // 10,005 → 10,01 (half up); 2026: 20,00
      { gemeente: "Zuidplas", product: "Dagbesteding", volume: D(3) }, // 30,015 → 30,02; 2026: 60,00
      { gemeente: "Zuidplas", product: "Begeleiding", volume: D(2) }, // 118,06; 2026: 122,34
    ]);
    expect(b.regels.filter((r) => r.jaar === 2025).map((r) => r.bedrag.toString())).toEqual(["10.01", "118.06", "30.02"]);
    const tot = (lijst: { jaar: number; gemeente?: string; segment?: string; bedrag: Decimal }[]) =>
      lijst.map((t) => [t.jaar, t.gemeente ?? "-", t.segment ?? "-", t.bedrag.toFixed(2)]);
    expect(tot(b.perGemeenteSegment)).toEqual([
      [2025, "Gouda", "S2", "10.01"],
      [2025, "Zuidplas", "S1", "118.06"],
      [2025, "Zuidplas", "S2", "30.02"],
      [2026, "Gouda", "S2", "20.00"],
      [2026, "Zuidplas", "S1", "122.34"],
      [2026, "Zuidplas", "S2", "60.00"],
    ]);
    expect(tot(b.perGemeente)).toEqual([
      [2025, "Gouda", "-", "10.01"],
      [2025, "Zuidplas", "-", "148.08"],
      [2026, "Gouda", "-", "20.00"],
      [2026, "Zuidplas", "-", "182.34"],
    ]);
    expect(tot(b.perSegment)).toEqual([
      [2025, "-", "S2", "40.03"],
      [2025, "-", "S1", "118.06"],
      [2026, "-", "S2", "80.00"],
      [2026, "-", "S1", "122.34"],
    ]);
    expect(tot(b.totaal)).toEqual([
      [2025, "-", "-", "158.09"],
      [2026, "-", "-", "202.34"],
    ]);
  });

  test("every scenario and year has a total, also without any volume, and scenarios are kept apart", () => {
    const leeg = budget([], ["basis", "hoog"]);
    expect(leeg.regels).toEqual([]);
    expect(leeg.totaal.map((t) => [t.scenario, t.jaar, t.bedrag.toFixed(2)])).toEqual([
      ["basis", 2025, "0.00"],
      ["basis", 2026, "0.00"],
      ["hoog", 2025, "0.00"],
      ["hoog", 2026, "0.00"],
    ]);
    // only a 2026 volume: 2025 gets a total of 0, 2026 the amount (×2 in scenario hoog: 2 × 61,17 × 2 = 244,68)
    const b = budget([{ gemeente: "Gouda", product: "Begeleiding", volume: D(2), jaar: 2026 }], ["basis", "hoog"]);
    expect(b.totaal.map((t) => [t.scenario, t.jaar, t.bedrag.toFixed(2)])).toEqual([
      ["basis", 2025, "0.00"],
      ["basis", 2026, "122.34"],
      ["hoog", 2025, "0.00"],
      ["hoog", 2026, "244.68"],
    ]);
    expect(b.perGemeente.map((t) => [t.scenario, t.bedrag.toFixed(2)])).toEqual([
      ["basis", "122.34"],
      ["hoog", "244.68"],
    ]);
  });
});

describe("toetsPlafonds", () => {
  const b = () =>
    budget([
      { gemeente: "Gouda", product: "Begeleiding", volume: D(100) }, // 5.903,00 and 6.117,00
    ]);
  const plafond = (bedrag: string, jaar?: number, x: Partial<Plafond> = {}): Plafond => ({ gemeente: "GOUDA", segment: "s1", bedrag: D(bedrag), jaar, ...x });

  test("exactly at the ceiling is no excess; a cent above is", () => {
    // 2025: 5.903 and 2026: 6.117, both ≤ 6.117
    expect(toetsPlafonds(b(), [plafond("6117")])).toEqual([]);
    const o = toetsPlafonds(b(), [plafond("5902.99")]);
    expect(o.map((x) => [x.scenario, x.jaar, x.gemeente, x.segment, x.budget.toFixed(2), x.plafond.toFixed(2), x.overschrijding.toFixed(2)])).toEqual([
      ["basis", 2025, "Gouda", "S1", "5903.00", "5902.99", "0.01"],
      ["basis", 2026, "Gouda", "S1", "6117.00", "5902.99", "214.01"],
    ]);
  });

  test("a ceiling for the year wins over the one for every year; other municipalities and segments do not count", () => {
    const o = toetsPlafonds(b(), [
      plafond("1", undefined, { gemeente: "Zuidplas" }),
      plafond("1", undefined, { segment: "S2" }),
      plafond("6000"),
      plafond("7000", 2026),
    ]);
    // 2025: 5.903 ≤ 6.000; 2026: 6.117 ≤ 7.000 (the year's ceiling, not 6.000)
    expect(o).toEqual([]);
    const o2 = toetsPlafonds(b(), [plafond("6000", 2026), plafond("5000")]);
    expect(o2.map((x) => [x.jaar, x.plafond.toFixed(2), x.overschrijding.toFixed(2)])).toEqual([
      [2025, "5000.00", "903.00"],
      [2026, "6000.00", "117.00"],
    ]);
  });
});

describe("controleerVolumes and controleerPlafonds: what passes and where", () => {
  const producten = [
    { product: "Begeleiding", segment: "S1", financieringsvorm: "pxq" as const, eenheid: "uur" as const },
    { product: "Verblijf", segment: "S1", financieringsvorm: "pxq" as const, eenheid: "etmaal" as const },
    { product: "Traject", segment: "S1", financieringsvorm: "trajectprijs" as const, verwachteEenheden: D(1), eenheid: "uur" as const },
  ];

  test("hours may be fractional, days and routes must be whole; a volume of 0 is allowed", () => {
    expect(() => controleerVolumes([{ gemeente: "a", product: "begeleiding", volume: D("0.5") }], ["A"], producten)).not.toThrow();
    expect(() => controleerVolumes([{ gemeente: "A", product: "Verblijf", volume: D(0) }], ["A"], producten)).not.toThrow();
    expect(melding(() => controleerVolumes([{ gemeente: "A", product: "Verblijf", volume: D("1.5"), waar: "volumes rij 3" }], ["A"], producten))).toBe(
      "Volume (volumes rij 3) van Verblijf in A = 1,5 is geen heel getal; het volume telt eenheden (etmaal): toegestaan een heel aantal ≥ 0.",
    );
    expect(melding(() => controleerVolumes([{ gemeente: "A", product: "Traject", volume: D("2.5") }], ["A"], producten))).toBe(
      "Volume van Traject in A = 2,5 is geen heel getal; het volume telt trajecten: toegestaan een heel aantal ≥ 0.",
    );
    expect(melding(() => controleerVolumes([{ gemeente: "A", product: "Begeleiding", volume: D("-0.01") }], ["A"], producten))).toBe(
      "Volume van Begeleiding in A = -0,01 is negatief; toegestaan: 0 of meer.",
    );
  });

  test("the same volume twice without a year is a duplicate; with and without a year is not", () => {
    expect(
      melding(() =>
        controleerVolumes(
          [
            { gemeente: "A", product: "Begeleiding", volume: D(1) },
            { gemeente: "A", product: "Begeleiding", volume: D(2), waar: "volumes rij 3" },
          ],
          ["A"],
          producten,
        ),
      ),
    ).toBe("Volume (volumes rij 3): Begeleiding in A staat twee keer in de volumes.");
    expect(() =>
      controleerVolumes(
        [
          { gemeente: "A", product: "Begeleiding", volume: D(1) },
          { gemeente: "A", product: "Begeleiding", volume: D(2), jaar: 2026 },
          { gemeente: "A", product: "Verblijf", volume: D(2) },
        ],
        ["A"],
        producten,
      ),
    ).not.toThrow();
  });

  test("ceilings: known municipality and segment without case; the place is named", () => {
    const segmenten = [{ code: "S1", naam: "Begeleiding" }];
    expect(() => controleerPlafonds([{ gemeente: "a", segment: "s1", bedrag: D(1) }], ["A"], segmenten)).not.toThrow();
    expect(melding(() => controleerPlafonds([{ gemeente: "B", segment: "S1", bedrag: D(1), waar: "plafonds rij 2" }], ["A"], segmenten))).toBe(
      "Budgetplafond (plafonds rij 2): gemeente 'B' is onbekend; toegestaan: A.",
    );
    expect(melding(() => controleerPlafonds([{ gemeente: "A", segment: "S2", bedrag: D(1) }], ["A"], segmenten))).toBe(
      "Budgetplafond: segment 'S2' is onbekend; toegestaan: S1.",
    );
  });
});
