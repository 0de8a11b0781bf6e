/**
 * The EU micro-enterprise test (micro.ts) at its bounds, and the micro tariff under each rule (microtarief.ts).
 * Standard tariff used below (no CAO): S = 3.500, vakantietoeslag 0,08 + eindejaarsuitkering 0,0833 → × 1,1633,
 * sociale_lasten 0,18 + pensioenpremie 0,13 → × 1,31, P = 1.872 × 0,75 = 1.404:
 *   K = 3.500 × 12 × 1,1633 × 1,31 / 1.404 = 45,5874401709…; tarief = K × 1,2 = 54,7049282051… → 54,70
 */
import { Decimal, sum } from "../../src/core/decimal";
import { isMicro, isMicroMetGroep } from "../../src/core/micro";
import { berekenMicroTarief, controleerMicroRegel } from "../../src/core/microtarief";
import { leesParameterObject } from "../../src/core/parameters/lezen";
import { standaardCaoBron } from "../../src/data";
import { invoerMelding as melding } from "../helpers/fout";

const D = (x: string | number) => new Decimal(x);
const ctx = { vandaag: "2025-01-01" };
const standaard = () => ({
  parameters: leesParameterObject({ maandsalaris: 3500, sociale_lasten: 0.18, pensioenpremie: 0.13, productiviteit: 0.75, overhead: 0.2 }),
});

describe("isMicro at its bounds", () => {
  test("fewer than 10 persons: 9,99 is micro, 10 is not", () => {
    expect(isMicro(D("9.99"), D(1), D(1))).toEqual({ micro: true, reden: "minder dan 10 personen en jaaromzet ten hoogste € 2 miljoen" });
    expect(isMicro(D(10), D(1), D(1))).toEqual({ micro: false, reden: "personeel 10 jaarwerkeenheden: niet minder dan 10" });
  });

  test("turnover OR balance sheet at most € 2 million (inclusive)", () => {
    expect(isMicro(D(1), D(2000000), D(9000000)).micro).toBe(true);
    expect(isMicro(D(1), D("2000000.01"), D(2000000))).toEqual({ micro: true, reden: "minder dan 10 personen en balanstotaal ten hoogste € 2 miljoen" });
    expect(isMicro(D(1), D("2000000.01"), D("2000000.01"))).toEqual({ micro: false, reden: "jaaromzet én balanstotaal boven € 2 miljoen" });
  });

  test("0 is allowed for each figure, a negative one is refused by name", () => {
    expect(isMicro(D(0), D(0), D(0)).micro).toBe(true);
    expect(melding(() => isMicro(D(1), D(-1), D(1)))).toBe("jaaromzet = -1 is negatief; toegestaan: 0 of meer.");
    expect(melding(() => isMicro(D(1), D(1), D("-0.5")))).toBe("balanstotaal = -0,5 is negatief; toegestaan: 0 of meer.");
  });
});

describe("isMicroMetGroep", () => {
  test("a 30% partner and a linked enterprise are added in: 4 + 0,3 × 12 + 1 = 8,6 persons", () => {
    const u = isMicroMetGroep(
      { personeel: D(4), jaaromzet: D(380000), balanstotaal: D(150000) },
      [{ personeel: D(12), jaaromzet: D(900000), balanstotaal: D(300000), aandeel: D("0.3") }],
      [{ personeel: D(1), jaaromzet: D(20000), balanstotaal: D(10000) }],
    );
    // omzet 380.000 + 270.000 + 20.000 = 670.000; balans 150.000 + 90.000 + 10.000 = 250.000
    expect([u.totaal.personeel.toString(), u.totaal.jaaromzet.toString(), u.totaal.balanstotaal.toString()]).toEqual(["8.6", "670000", "250000"]);
    expect(u.micro).toBe(true);
    expect(u.reden).toBe(
      "minder dan 10 personen en jaaromzet ten hoogste € 2 miljoen (inclusief 1 partner- en 1 verbonden onderneming(en): 8,6 jaarwerkeenheden, omzet 670.000, balans 250.000)",
    );
  });

  test("without partners or linked enterprises the reason has no group part", () => {
    const u = isMicroMetGroep({ personeel: D(2), jaaromzet: D(1), balanstotaal: D(1) });
    expect(u.reden).toBe("minder dan 10 personen en jaaromzet ten hoogste € 2 miljoen");
    const alleenVerbonden = isMicroMetGroep(
      { personeel: D(2), jaaromzet: D(1), balanstotaal: D(1) },
      [],
      [{ personeel: D(0), jaaromzet: D(0), balanstotaal: D(0) }],
    );
    expect(alleenVerbonden.reden).toMatch(/ \(inclusief 0 partner- en 1 verbonden onderneming\(en\): 2 jaarwerkeenheden/);
  });

  test("the second linked enterprise is named by its number", () => {
    const ok = { personeel: D(1), jaaromzet: D(1), balanstotaal: D(1) };
    expect(melding(() => isMicroMetGroep(ok, [], [ok, { ...ok, personeel: D(-2) }]))).toBe(
      "verbonden onderneming 2: personeel = -2 is negatief; toegestaan: 0 of meer.",
    );
    expect(melding(() => isMicroMetGroep(ok, [], [{ ...ok, balanstotaal: undefined as never }]))).toBe(
      "verbonden onderneming 1: balanstotaal ontbreekt; geef personeel (jaarwerkeenheden), jaaromzet en balanstotaal.",
    );
    expect(melding(() => isMicroMetGroep({ ...ok, jaaromzet: null as never }))).toBe(
      "eigen onderneming: jaaromzet ontbreekt; geef personeel (jaarwerkeenheden), jaaromzet en balanstotaal.",
    );
    expect(melding(() => isMicroMetGroep(ok, [{ ...ok, aandeel: undefined as never }]))).toBe(
      "partneronderneming 1: aandeel = (leeg); toegestaan: een fractie groter dan 0 en ten hoogste 1 (25% = 0,25).",
    );
    expect(melding(() => isMicroMetGroep(ok, [{ ...ok, aandeel: D("1.01") }]))).toMatch(/^partneronderneming 1: aandeel = 1,01; toegestaan/);
    expect(melding(() => isMicroMetGroep(ok, [{ ...ok, aandeel: D(0) }]))).toMatch(/^partneronderneming 1: aandeel = 0; toegestaan/);
  });
});

describe("controleerMicroRegel at its bounds", () => {
  test("percentage: just above 0 and 1 pass; above 1 up to 100 reads as a whole percentage; above 100 out of range", () => {
    expect(() => controleerMicroRegel({ soort: "percentage", percentage: D("0.0001") })).not.toThrow();
    expect(melding(() => controleerMicroRegel({ soort: "percentage", percentage: D("1.5") }))).toBe(
      "percentage = 1,5 lijkt een percentage als heel getal: gebruik 1,5% of 0,015; toegestaan: groter dan 0 en ten hoogste 1.",
    );
    expect(melding(() => controleerMicroRegel({ soort: "percentage", percentage: D(100) }))).toMatch(/^percentage = 100 lijkt een percentage als heel getal/);
    expect(melding(() => controleerMicroRegel({ soort: "percentage", percentage: D("100.5") }))).toBe(
      "percentage = 100,5 ligt buiten het toegestane bereik: groter dan 0 en ten hoogste 1 (100%).",
    );
    expect(melding(() => controleerMicroRegel({ soort: "percentage", percentage: D("-0.1") }))).toBe(
      "percentage = -0,1 ligt buiten het toegestane bereik: groter dan 0 en ten hoogste 1 (100%).",
    );
  });

  test("fixed amount: two decimals pass, a negative amount is refused; a model rule needs a defined override", () => {
    expect(() => controleerMicroRegel({ soort: "vast", bedrag: D("58.99") })).not.toThrow();
    expect(melding(() => controleerMicroRegel({ soort: "vast", bedrag: D(-1) }))).toBe("bedrag = -1; toegestaan: een bedrag groter dan 0.");
    expect(melding(() => controleerMicroRegel({ soort: "model", wijzigingen: { overhead: undefined } as never }))).toMatch(
      /^Microtariefregel 'model' zonder aanpassingen/,
    );
    expect(melding(() => controleerMicroRegel({ soort: "model", wijzigingen: undefined as never }))).toMatch(/^Microtariefregel 'model' zonder aanpassingen/);
    expect(() => controleerMicroRegel({ soort: "model", wijzigingen: leesParameterObject({ overhead: 0.1 }) })).not.toThrow();
  });
});

describe("berekenMicroTarief", () => {
  test("the standard tariff is 54,70 (hand-computed)", () => {
    const r = berekenMicroTarief(standaard(), { soort: "vast", bedrag: D(50) }, "reden", ctx);
    expect(r.standaard.tarief.toFixed(2)).toBe("54.70");
  });

  test("(a) 85%: 54,70 × 0,85 = 46,495 → 46,50; the breakdown is the standard's plus the difference −8,20", () => {
    const r = berekenMicroTarief(standaard(), { soort: "percentage", percentage: D("0.85") }, "  kleinere overhead  ", ctx);
    expect(r.tarief.toFixed(2)).toBe("46.50");
    expect(r.onderbouwing).toBe("kleinere overhead");
    expect(r.regelOmschrijving).toBe("(a) percentage van het standaardtarief: 85% van € 54,70");
    expect(r.model).toBeUndefined();
    expect(r.opbouw).toHaveLength(r.standaard.opbouw.length + 1);
    const laatste = r.opbouw[r.opbouw.length - 1];
    expect([laatste.soort, laatste.bedrag.toFixed(2), laatste.exact.toFixed(2)]).toEqual(["micro", "-8.20", "-8.20"]);
    expect(sum(r.opbouw.map((x) => x.bedrag)).toFixed(2)).toBe("46.50");
  });

  test("(c) fixed 58,00: one breakdown line of the amount itself", () => {
    const r = berekenMicroTarief(standaard(), { soort: "vast", bedrag: D(58) }, "vast", ctx);
    expect(r.tarief.toFixed(2)).toBe("58.00");
    expect(r.regelOmschrijving).toBe("(c) vast bedrag: € 58,00 per eenheid");
    expect(r.opbouw).toHaveLength(1);
    expect([r.opbouw[0].soort, r.opbouw[0].bedrag.toFixed(2), r.opbouw[0].exact.toFixed(2)]).toEqual(["micro", "58.00", "58.00"]);
  });

  test("(b) model without a salary override keeps the salary: overhead 0,1 → K × 1,1 = 50,1461841… → 50,15", () => {
    const r = berekenMicroTarief(standaard(), { soort: "model", wijzigingen: leesParameterObject({ overhead: 0.1 }) }, "reden", ctx);
    expect(r.tarief.toFixed(2)).toBe("50.15");
    expect(r.model!.tarief.toFixed(2)).toBe("50.15");
    expect(r.opbouw).toBe(r.model!.opbouw);
    expect(r.regelOmschrijving).toBe("(b) standaardmodel met aanpassingen: overhead = 0,1");
  });

  test("(b) an override left undefined keeps the standard's value and is not described", () => {
    const std = { parameters: { ...standaard().parameters, risico_opslag: new Decimal("0.05") } };
    const w = { ...leesParameterObject({ overhead: 0.1 }), risico_opslag: undefined };
    // K × 1,1 × 1,05 = 45,5874401709 × 1,155 = 52,6534933… → 52,65
    const r = berekenMicroTarief(std, { soort: "model", wijzigingen: w }, "reden", ctx);
    expect(r.tarief.toFixed(2)).toBe("52.65");
    expect(r.regelOmschrijving).toBe("(b) standaardmodel met aanpassingen: overhead = 0,1");
  });

  test("(b) model with a salary override drops the CAO's scale and step: 3.000 → 42,98 (hand-computed)", () => {
    const std = {
      parameters: leesParameterObject({
        cao: "Sociaal Werk",
        schaal: "8",
        trede: "5",
        sociale_lasten: 0.18,
        pensioenpremie: 0.13,
        productiviteit: 0.75,
        overhead: 0.2,
      }),
    };
    const c = { caoBron: standaardCaoBron, vandaag: "2025-01-01" };
    // without the CAO the defaults apply (eindejaarsuitkering 0,0833): 3.000 × 12 × 1,1633 × 1,31 / 1.404 × 1,1 = 42,9824… → 42,98
    const r = berekenMicroTarief(std, { soort: "model", wijzigingen: leesParameterObject({ maandsalaris: 3000, overhead: 0.1 }) }, "reden", c);
    expect(r.tarief.toFixed(2)).toBe("42.98");
    expect(r.regelOmschrijving).toBe(
      "(b) standaardmodel met aanpassingen: maandsalaris = 3.000, overhead = 0,1 (referentiesalaris in plaats van de CAO-normbezetting)",
    );
    // the standard itself still uses the CAO scale 8/5
    expect(r.standaard.tarief.toFixed(2)).not.toBe("42.98");
  });

  test("without a justification in words, every rule is refused", () => {
    expect(melding(() => berekenMicroTarief(standaard(), { soort: "vast", bedrag: D(58) }, "", ctx))).toBe(
      "De microtariefregel (c) vast bedrag heeft geen onderbouwing: leg in woorden vast waarom de regio deze regel kiest.",
    );
    expect(melding(() => berekenMicroTarief(standaard(), { soort: "vast", bedrag: D(58) }, undefined as never, ctx))).toMatch(/heeft geen onderbouwing/);
    expect(melding(() => berekenMicroTarief(standaard(), { soort: "model", wijzigingen: {} }, "x", ctx))).toMatch(/^Microtariefregel 'model' zonder/);
  });
});
