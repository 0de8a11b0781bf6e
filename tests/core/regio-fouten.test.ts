/**
 * Bad region input: each gets a Dutch message naming what and where. Plus the budget reconciliation
 * property on random volumes and prices.
 */
import fc from "fast-check";
import { Decimal, sum } from "../../src/core/decimal";
import { berekenBudget } from "../../src/core/budget";
import { functiemixVoorCao } from "../../src/core/differentiatie";
import { isMicroMetGroep } from "../../src/core/micro";
import { berekenMicroTarief } from "../../src/core/microtarief";
import { leesParameterObject } from "../../src/core/parameters/lezen";
import { berekenRegio } from "../../src/core/regio";
import { leesBandbreedteBereik } from "../../src/core/regio-bereik";
import { leesRegio } from "../../src/core/regio-invoer";
import { leesScenario } from "../../src/core/scenario";
import { VOORBEELDREGIO_DATA } from "../../src/data/voorbeeldregio";
import { standaardCaoBron } from "../../src/data";
import { invoerMelding as melding } from "../helpers/fout";

const D = (s: string | number) => new Decimal(s);
const kopie = () => JSON.parse(JSON.stringify(VOORBEELDREGIO_DATA));

test("a micro test with negative or missing figures names the enterprise and the figure", () => {
  expect(melding(() => isMicroMetGroep({ personeel: D(3), jaaromzet: D(-1), balanstotaal: D(0) }))).toBe(
    "eigen onderneming: jaaromzet = -1 is negatief; toegestaan: 0 of meer.",
  );
  expect(
    melding(() =>
      isMicroMetGroep({ personeel: D(3), jaaromzet: D(1), balanstotaal: D(0) }, [
        { personeel: D(1), jaaromzet: D(1), balanstotaal: undefined as never, aandeel: D("0.3") },
      ]),
    ),
  ).toBe("partneronderneming 1: balanstotaal ontbreekt; geef personeel (jaarwerkeenheden), jaaromzet en balanstotaal.");
});

test("linked enterprises count fully: 6 + 5 = 11 persons → not micro", () => {
  const u = isMicroMetGroep({ personeel: D(6), jaaromzet: D(100000), balanstotaal: D(100000) }, [], [{ personeel: D(5), jaaromzet: D(1), balanstotaal: D(1) }]);
  expect(u.micro).toBe(false);
  expect(u.totaal.personeel.toString()).toBe("11");
});

test("a micro rule without its parameters or without justification", () => {
  const std = { parameters: leesParameterObject({ loonkosten_per_uur: 40, productiviteit: 0.8, overhead: 0.2 }) };
  expect(melding(() => berekenMicroTarief(std, { soort: "percentage", percentage: undefined as never }, "reden"))).toMatch(
    /^Microtariefregel 'percentage' zonder percentage/,
  );
  expect(melding(() => berekenMicroTarief(std, { soort: "vast", bedrag: undefined as never }, "reden"))).toMatch(/^Microtariefregel 'vast' zonder bedrag/);
  expect(melding(() => berekenMicroTarief(std, { soort: "model", wijzigingen: {} }, "reden"))).toMatch(/^Microtariefregel 'model' zonder aanpassingen/);
  expect(melding(() => berekenMicroTarief(std, { soort: "percentage", percentage: D(85) }, "reden"))).toMatch(
    /percentage = 85 lijkt een percentage als heel getal/,
  );
  expect(melding(() => berekenMicroTarief(std, { soort: "percentage", percentage: D("0.85") }, " "))).toMatch(/heeft geen onderbouwing/);
});

test("a scenario that overrides an unknown parameter names scenario, row and suggestion; an unknown product too", () => {
  expect(melding(() => leesScenario({ naam: "S1", wijzigingen: [{ parameter: "overhed", waarde: 0.2, waar: "rij 3" }] }, ["A"]))).toMatch(
    /^Scenario 'S1', rij 3: Onbekende parameter 'overhed'\. Bedoelt u 'overhead'\?/,
  );
  expect(melding(() => leesScenario({ naam: "S1", wijzigingen: [{ product: "B", parameter: "overhead", waarde: 0.2 }] }, ["A"]))).toMatch(
    /product 'B' is onbekend/,
  );
  expect(melding(() => leesScenario({ naam: "S1", wijzigingen: [{ parameter: "overhead", waarde: 20 }] }, ["A"]))).toMatch(
    /^Scenario 'S1': overhead = 20 lijkt een percentage als heel getal/,
  );
});

test("volumes that are negative or not whole where counts are meant", () => {
  const neg = kopie();
  neg.volumes[2].Gouda = -5; // Crisisopvang (etmaal)
  expect(melding(() => berekenRegio(leesRegio(neg)))).toBe("Volume (volumes rij 3) van Crisisopvang in Gouda = -5 is negatief; toegestaan: 0 of meer.");
  const half = kopie();
  half.volumes[7].Zuidplas = "12.5"; // Jeugd-GGZ traject kort (routes)
  expect(melding(() => berekenRegio(leesRegio(half)))).toMatch(
    /^Volume \(volumes rij 8\) van Jeugd-GGZ traject kort in Zuidplas = 12,5 is geen heel getal; het volume telt trajecten/,
  );
  const uren = kopie();
  uren.volumes[11].Gouda = "29760.5"; // hours may be fractional
  expect(() => leesRegio(uren)).not.toThrow();
});

test("a budget ceiling for an unknown segment or municipality", () => {
  const s = kopie();
  s.plafonds.push({ gemeente: "Gouda", segment: "S13", bedrag: "1" });
  expect(melding(() => berekenRegio(leesRegio(s)))).toMatch(/^Budgetplafond \(plafond 10\): segment 'S13' is onbekend; toegestaan: S01, S02/);
  const g = kopie();
  g.plafonds.push({ gemeente: "Goud", segment: "S01", bedrag: "1" });
  expect(melding(() => berekenRegio(leesRegio(g)))).toMatch(/^Budgetplafond \(plafond 10\): gemeente 'Goud' is onbekend/);
});

test("a CAO mapping that misses a level names level, CAO and product", () => {
  expect(
    melding(() =>
      functiemixVoorCao(
        "Begeleiding",
        [
          { niveau: "HBO", aandeel: D("0.6") },
          { niveau: "MBO", aandeel: D("0.4") },
        ],
        [{ cao: "Sociaal Werk", niveau: "HBO", schaal: "Schaal 8", trede: "5" }],
        "Sociaal Werk",
      ),
    ),
  ).toBe("De CAO-indeling mist niveau 'MBO' voor CAO 'Sociaal Werk' (nodig voor product 'Begeleiding'); geef schaal en trede van dit niveau onder deze CAO.");
});

test("a given bandwidth with min > max in the region data names the product", () => {
  const d = kopie();
  d.aanbiederSpecifiek[0].bandbreedtes = [{ parameter: "overhead", min: "0.3", max: "0.2" }];
  expect(melding(() => leesRegio(d))).toBe(
    "Bandbreedte voor overhead (product Begeleiding individueel): min = 0,3 is groter dan max = 0,2; toegestaan: min ≤ max.",
  );
});

test("property: budget totals equal the sum of their parts to the cent (random prices and volumes)", () => {
  const bedrag = fc.integer({ min: 0, max: 100000000 }).map((n) => new Decimal(n).dividedBy(1000)); // prices with 3 decimals (e.g. unrounded)
  const volume = fc.integer({ min: 0, max: 500000 }).map((n) => new Decimal(n).dividedBy(10));
  fc.assert(
    fc.property(fc.array(bedrag, { minLength: 4, maxLength: 4 }), fc.array(volume, { minLength: 12, maxLength: 12 }), (prijzen, vol) => {
      const producten = ["a", "b", "c", "d"].map((p, i) => ({ product: p, segment: i < 2 ? "S1" : "S2", financieringsvorm: "pxq" as const }));
      const gemeenten = ["G1", "G2", "G3"];
      const volumes = gemeenten.flatMap((g, gi) => producten.map((p, pi) => ({ gemeente: g, product: p.product, volume: vol[gi * 4 + pi] })));
      const b = berekenBudget({
        scenarios: ["basis"],
        jaren: [2025, 2026],
        gemeenten,
        producten,
        volumes,
        prijs: (_s, p, j) => prijzen[producten.findIndex((x) => x.product === p)].times(1 + j),
      });
      for (const t of b.totaal) {
        const regels = b.regels.filter((r) => r.jaar === t.jaar);
        regels.forEach((r) => expect(r.bedrag.decimalPlaces()).toBeLessThanOrEqual(2));
        expect(sum(regels.map((r) => r.bedrag)).eq(t.bedrag)).toBe(true);
        expect(sum(b.perGemeente.filter((r) => r.jaar === t.jaar).map((r) => r.bedrag)).eq(t.bedrag)).toBe(true);
        expect(sum(b.perSegment.filter((r) => r.jaar === t.jaar).map((r) => r.bedrag)).eq(t.bedrag)).toBe(true);
      }
    }),
    { numRuns: 200 },
  );
});

test("a scenario or a submission that gives a salary where the norm staffing sets it per level is refused, not silently ignored", () => {
  const s = kopie();
  s.scenarios.push({ naam: "Hoger salaris", wijzigingen: [{ product: "Begeleiding extra", parameter: "maandsalaris", waarde: "4000" }] });
  const ctx = { caoBron: standaardCaoBron };
  expect(melding(() => berekenRegio(leesRegio(s), ctx))).toMatch(
    /^Scenario 'Hoger salaris', product 'Begeleiding extra': maandsalaris heeft geen effect, want de normbezetting/,
  );
  const i = kopie();
  i.inzendingen[0].parameters.maandsalaris = "4000";
  expect(melding(() => berekenRegio(leesRegio(i), ctx))).toMatch(
    /^De inzending \(aanbieder Zorgaanbieder De Linde, product Begeleiding individueel\) geeft maandsalaris, maar de functiemix van de regio geeft het salaris per niveau/,
  );
});

test("region data refused by its schema gets zod's Dutch message, not the English default (a library message is translated)", () => {
  const zonderGemeenten = kopie();
  zonderGemeenten.gemeenten = [];
  expect(melding(() => leesRegio(zonderGemeenten))).toBe("Regiogegevens, veld gemeenten: te kort: ten minste 1 element toegestaan");
  const beginjaarTekst = kopie();
  beginjaarTekst.beginjaar = "2025";
  expect(melding(() => leesRegio(beginjaarTekst))).toBe("Regiogegevens, veld beginjaar: ongeldige waarde: verwacht getal, gekregen tekst");
  const vorm = kopie();
  vorm.producten[0].financieringsvorm = "per uur";
  expect(melding(() => leesRegio(vorm))).toBe('Regiogegevens, veld producten.0.financieringsvorm: ongeldige keuze: kies uit "pxq", "trajectprijs", "lumpsum"');
});

test("a bandwidth row names its table and row once: a cell that is not a number, and min above max", () => {
  // the cell reader already says "bandbreedte, rij 2"; the refusal of min > max gets it added by the table reader
  expect(
    melding(() =>
      leesBandbreedteBereik([
        ["parameter", "min", "max"],
        ["overhead", "x", 0.3],
      ]),
    ),
  ).toBe("bandbreedte, rij 2: min = 'x' is geen getal.");
  expect(
    melding(() =>
      leesBandbreedteBereik([
        ["parameter", "min", "max"],
        ["productiviteit", 0.6, 0.8],
        ["overhead", 0.3, 0.2],
      ]),
    ),
  ).toBe("bandbreedte, rij 3: Bandbreedte voor overhead: min = 0,3 is groter dan max = 0,2; toegestaan: min ≤ max.");
});
