/**
 * The breakdown's lines keep exactly the fields they were built with (the two fast shapes and any other), the
 * W-f line of the municipality's obligations in each of its forms, and the units' default hours and codes.
 */
import { Decimal } from "../../src/core/decimal";
import { EENHEID_INFO, maandNaarWeek, urenPerEenheid, uurNaarMinuut, weekNaarMaand } from "../../src/core/eenheden";
import { rondOpbouwAf, type RuweRegel } from "../../src/core/opbouw";
import { leesFunctiemixBereik, leesParameterBereik, leesParameterObject } from "../../src/core/parameters/lezen";
import { berekenTarief } from "../../src/core/tarief";
import { BASIS, d, met } from "./helpers";

describe("rondOpbouwAf keeps each line's fields", () => {
  test("without toelichting, with toelichting, with toelichting undefined, and another shape", () => {
    const regels = [
      { soort: "materieel", label: "a", exact: d("1.004"), elementen: ["J-b"] },
      { soort: "overhead", label: "b", exact: d("2.006"), elementen: ["J-c"], toelichting: "t" },
      { soort: "risico", label: "c", exact: d("0"), elementen: [], toelichting: undefined },
      { soort: "micro", label: "e", exact: d("3"), elementen: [], toelichting: "x", extra: 7 },
      { soort: "micro", label: "f", exact: d("4"), elementen: [], extra: 8 },
    ] as RuweRegel[];
    // 1,004 + 2,006 + 0 + 3 + 4 = 10,01; lines 1,00 + 2,01 + 0 + 3 + 4 = 10,01
    const uit = rondOpbouwAf(regels, d("10.01"), "cent", d("10.01"));
    expect(uit.map((r) => Object.keys(r).join(","))).toEqual([
      "soort,label,exact,elementen,bedrag",
      "soort,label,exact,elementen,toelichting,bedrag",
      "soort,label,exact,elementen,toelichting,bedrag",
      "soort,label,exact,elementen,toelichting,extra,bedrag",
      "soort,label,exact,elementen,extra,bedrag",
      "soort,label,bedrag,exact,elementen,toelichting",
    ]);
    expect(uit.map((r) => r.bedrag.toString())).toEqual(["1", "2.01", "0", "3", "4", "0"]);
    expect(uit[1].toelichting).toBe("t");
    expect(uit[3].toelichting).toBe("x");
    expect(uit.map((r) => r.label)).toEqual(["a", "b", "c", "e", "f", "Afrondingsverschil"]);
    expect(uit[0].elementen).toEqual(["J-b"]);
    expect(uit[1].soort).toBe("overhead");
  });

  test("with afronding geen nothing is rounded and the difference is the tariff's own", () => {
    const regels: RuweRegel[] = [{ soort: "materieel", label: "a", exact: d("1.004"), elementen: [] }];
    const uit = rondOpbouwAf(regels, d("1.004"), "geen", d("1.004"));
    expect(uit.map((r) => [r.bedrag.toString(), r.exact.toString()])).toEqual([
      ["1.004", "1.004"],
      ["0", "0"],
    ]);
    // cent: 1,00 for the line; the tariff 1,00 → difference 0, exact difference 1,00 − 1,004 = −0,004
    const cent = rondOpbouwAf(regels, d("1.00"), "cent", d("1.004"));
    expect(cent.map((r) => [r.bedrag.toString(), r.exact.toString()])).toEqual([
      ["1", "1.004"],
      ["0", "-0.004"],
    ]);
  });
});

describe("W-f: the municipality's obligations", () => {
  // K = 45,5874401709 (BASIS); W-f = 0,5 × K + 2 = 24,7937200855; D = 70,3811602564 × 1,2 = 84,4573923077 → 84,46
  const regel = (extra: unknown[][]) => {
    const r = berekenTarief({ parameters: leesParameterBereik(met(BASIS, ...extra)) });
    return { r, wf: r.opbouw.find((l) => l.soort === "gemeentelijke_verplichtingen") };
  };

  test("hours and costs, hours only, costs only, neither", () => {
    const beide = regel([
      ["administratie_uren_per_eenheid", 0.5],
      ["administratie_kosten_per_eenheid", 2],
    ]);
    expect(beide.wf!.exact.toFixed(10)).toBe("24.7937200855");
    expect(beide.wf!.elementen).toEqual(["J-a", "W-f"]);
    expect(beide.wf!.toelichting).toBe("0,5 uur × kosten per productief uur + € 2,00 per eenheid");
    expect(beide.r.tarief.toFixed(2)).toBe("84.46");
    const uren = regel([["administratie_uren_per_eenheid", 0.5]]);
    expect(uren.wf!.exact.toFixed(10)).toBe("22.7937200855");
    expect(uren.wf!.toelichting).toBe("0,5 uur × kosten per productief uur");
    const kosten = regel([["administratie_kosten_per_eenheid", 2]]);
    expect(kosten.wf!.exact.toString()).toBe("2");
    expect(kosten.wf!.toelichting).toBe("€ 2,00 per eenheid");
    // the line sits after the personnel lines, before the material cost
    expect(kosten.r.opbouw.map((l) => l.soort).slice(6, 9)).toEqual(["niet_productief", "gemeentelijke_verplichtingen", "materieel"]);
    expect(regel([]).wf).toBeUndefined();
  });

  test("hours have no cost per hour in the capacity model; costs do work there", () => {
    const capaciteit = (extra: Record<string, unknown>) =>
      berekenTarief({
        parameters: leesParameterObject({ plaatsen: 1, sociale_lasten: 0.2, pensioenpremie: 0.1, overhead: "geen", ...extra }),
        functiemix: leesFunctiemixBereik([
          ["functie", "fte", "loonkosten_fte"],
          ["A", 1, 36500],
        ]),
      });
    expect(() => capaciteit({ administratie_uren_per_eenheid: 0.5 })).toThrow(/administratie_uren_per_eenheid = 0,5 gaat niet samen met het capaciteitsmodel/);
    // 36.500 / 365 = 100 + 2
    expect(capaciteit({ administratie_kosten_per_eenheid: 2 }).tarief.toFixed(2)).toBe("102.00");
  });
});

describe("units", () => {
  test("default hours, codes and labels", () => {
    expect(urenPerEenheid("uur").toString()).toBe("1");
    expect(urenPerEenheid("dagdeel").toString()).toBe("4");
    expect(urenPerEenheid("minuut").times(60).toString()).toBe("1");
    expect(urenPerEenheid("etmaal", d(24)).toString()).toBe("24");
    expect(() => urenPerEenheid("etmaal")).toThrow(/eenheid 'etmaal' heeft geen vast aantal uren/);
    expect(() => urenPerEenheid("stuks_output")).toThrow(/eenheid 'stuks_output' heeft geen vast aantal uren/);
    expect(Object.entries(EENHEID_INFO).map(([k, v]) => [k, v.code, v.label])).toEqual([
      ["minuut", "01", "per minuut"],
      ["uur", "04", "per uur"],
      ["dagdeel", "16", "per dagdeel"],
      ["etmaal", "14", "per etmaal"],
      ["week", "", "per week"],
      ["maand", "", "per maand"],
      ["stuks_output", "82", "per stuk (output, traject)"],
      ["stuks_inspanning", "84", "per stuk (inspanning)"],
    ]);
  });

  test("week ↔ maand and uur → minuut", () => {
    expect(weekNaarMaand(d(12)).toString()).toBe("52");
    expect(maandNaarWeek(d(52)).toString()).toBe("12");
    expect(uurNaarMinuut(d(60)).toString()).toBe("1");
    expect(weekNaarMaand(new Decimal(3)).toString()).toBe("13");
  });
});
