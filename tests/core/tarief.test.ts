/** The complete chain (§3.7), functiemix, capacity model and the breakdown per legal cost element. */
import type { CaoBron } from "../../src/core/bronnen";
import { Decimal, sum } from "../../src/core/decimal";
import { NietGevondenFout } from "../../src/core/errors";
import { leesFunctiemixBereik, leesParameterBereik } from "../../src/core/parameters/lezen";
import { bepaalPersoneel } from "../../src/core/personeel";
import { berekenTarief } from "../../src/core/tarief";
import { berekenProductiviteit } from "../../src/core/uren";
import { BASIS, d, met, tarief } from "./helpers";

describe("result shape", () => {
  // Accessor properties defined per object give every result its own hidden class in V8's old space, which kept
  // each tariff's whole computation alive past the young generation (GC was half of the engine's time).
  const accessors = (o: unknown, pad = "resultaat", seen = new Set<unknown>()): string[] => {
    if (o === null || typeof o !== "object" || seen.has(o) || o instanceof Decimal) return [];
    seen.add(o);
    return Object.entries(Object.getOwnPropertyDescriptors(o)).flatMap(([k, desc]) =>
      desc.get || desc.set ? [`${pad}.${k}`] : accessors(desc.value, `${pad}.${k}`, seen),
    );
  };
  test("results are plain data: no getters anywhere, conventions and productivity notes filled in", () => {
    const r = tarief(met(BASIS, ["verlofuren", 200], ["productiviteit_basis", "beschikbare_uren"]));
    expect(accessors(r)).toEqual([]);
    expect(r.conventies.length).toBeGreaterThan(3);
    expect(r.functies[0].uren!.toelichting).toMatch(/van de beschikbare uren/);
  });
});

describe("breakdown (opbouw)", () => {
  test("lines add up to the tariff to the cent, with the rounding difference as its own line", () => {
    const r = tarief(met(BASIS, ["eenheid", "dagdeel"], ["groepsgrootte", 8], ["materiele_kosten", 5], ["risico_opslag", 0.02]));
    expect(r.tarief.toFixed(2)).toBe("34.02");
    expect(sum(r.opbouw.map((l) => l.bedrag)).equals(r.tarief)).toBe(true);
    expect(r.opbouw.at(-1)!.label).toBe("Afrondingsverschil");
    for (const l of r.opbouw) expect(l.bedrag.decimalPlaces()).toBeLessThanOrEqual(2);
  });

  test("every legal element of Jeugdwet (J-a…J-d) and the Wmo elements used appear, risk has none", () => {
    const r = tarief(BASIS);
    const elements = new Set(r.opbouw.flatMap((l) => l.elementen));
    for (const e of ["J-a", "J-b", "J-c", "J-d", "W-a", "W-b", "W-c", "W-d", "W-e"]) expect(elements).toContain(e);
    expect(r.opbouw.find((l) => l.soort === "risico")!.elementen).toEqual([]);
    expect(r.opbouw.find((l) => l.soort === "indexatie")!.toelichting).toMatch(/niet geïndexeerd/);
  });

  test("the non-productive-hours line (W-c) is the cost of the unproductive share: K × (1 − π)", () => {
    const r = tarief(met(BASIS, ["afronding", "geen"]));
    const np = r.opbouw.find((l) => l.soort === "niet_productief")!;
    expect(np.bedrag.equals(r.kostenPerProductiefUur!.times(d(1).minus("0.75")))).toBe(true);
  });

  test("with afronding = geen nothing is rounded and the difference line is 0", () => {
    const r = tarief(met(BASIS, ["afronding", "geen"]));
    expect(r.opbouw.at(-1)!.bedrag.isZero()).toBe(true);
    expect(sum(r.opbouw.map((l) => l.bedrag)).equals(r.tariefOnafgerond)).toBe(true);
  });

  test("conventions used are stated", () => {
    const r = tarief(met(BASIS, ["overhead_conventie", "aandeel"], ["overhead_over_materieel", false], ["afronding", "zestigvoud"]));
    expect(r.conventies.join("\n")).toMatch(/productiviteit 75% van de betaalde uren/);
    expect(r.conventies.join("\n")).toMatch(/Overhead: aandeel 20% in de kostprijs \(= opslag 25% op de directe kosten\)/);
    expect(r.conventies.join("\n")).toMatch(/Overhead over materiële kosten: nee/);
    expect(r.conventies.join("\n")).toMatch(/Afronding: zestigvoud/);
  });
});

describe("functiemix (§3.1)", () => {
  const mix = [
    ["functie", "aandeel", "maandsalaris"],
    ["HBO-begeleider", 0.6, 4000],
    ["MBO-begeleider", 0.4, 3000],
  ];

  test("K = Σ a_j × K_j", () => {
    const base = BASIS.filter((r) => r[0] !== "maandsalaris");
    const r = tarief(met(base, ["afronding", "geen"]), mix);
    const k1 = tarief(met(base, ["maandsalaris", 4000], ["afronding", "geen"])).kostenPerProductiefUur!;
    const k2 = tarief(met(base, ["maandsalaris", 3000], ["afronding", "geen"])).kostenPerProductiefUur!;
    expect(r.kostenPerProductiefUur!.equals(k1.times("0.6").plus(k2.times("0.4")))).toBe(true);
    expect(r.functies.map((f) => f.functie)).toEqual(["HBO-begeleider", "MBO-begeleider"]);
  });

  test("a function row may override shared parameters (its own productivity)", () => {
    const r = tarief(
      BASIS.filter((x) => x[0] !== "maandsalaris"),
      [
        ["functie", "aandeel", "maandsalaris", "productiviteit"],
        ["A", 0.5, 4000, 0.6],
        ["B", 0.5, 3000, 0],
      ],
    );
    expect(r.functies[0].uren!.productiviteit.toString()).toBe("0.6");
    // desktop blank (0) in a numeric column where 0 is invalid is an error, not a silent 0
    expect(r.functies[1].uren!.productiviteit.toString()).toBe("0.75");
  });

  test("a row's own salary replaces the product's salary", () => {
    const r = tarief(BASIS, [
      ["functie", "aandeel", "loonkosten_per_uur"],
      ["A", 1, 40],
    ]);
    expect(r.functies[0].personeel.loonbron).toBe("loonkosten_per_uur");
  });

  test("shares entered as formula results (1/3 each) are accepted and normalised", () => {
    const third = 1 / 3;
    const r = tarief(
      BASIS.filter((x) => x[0] !== "maandsalaris"),
      [
        ["functie", "aandeel", "maandsalaris"],
        ["A", third, 3000],
        ["B", third, 3000],
        ["C", third, 3000],
      ],
    );
    const single = tarief(met(BASIS, ["maandsalaris", 3000]));
    expect(r.tarief.equals(single.tarief)).toBe(true);
  });
});

describe("capacity model (§3.4)", () => {
  test("(Σ fte_j × LK_j + jaarlijkse_materiele_kosten) / (plaatsen × 365 × bezettingsgraad), then overhead", () => {
    const params = [
      ["sociale_lasten", 0.2],
      ["pensioenpremie", 0.1],
      ["overhead", 0.1],
      ["plaatsen", 6],
      ["bezettingsgraad", 0.9],
      ["jaarlijkse_materiele_kosten", 120000],
      ["afronding", "geen"],
    ];
    const mix = [
      ["functie", "fte", "maandsalaris", "ort"],
      ["Begeleider", 8, 3200, 0.1],
      ["Nachtdienst", 2.5, 2900, 0.25],
    ];
    const r = tarief(params, mix);
    const lk = (s: number, ort: string) => d(s).times(12).times(d(1).plus("0.08").plus("0.0833").plus(ort)).times(d("1.3"));
    const units = d(6).times(365).times("0.9");
    const expected = d(8)
      .times(lk(3200, "0.1"))
      .plus(d("2.5").times(lk(2900, "0.25")))
      .plus(120000)
      .dividedBy(units)
      .times("1.1");
    expect(r.model).toBe("capaciteit");
    expect(r.eenheid).toBe("etmaal");
    expect(r.tarief.minus(expected).abs().lessThan("1e-25")).toBe(true);
    expect(r.eenhedenPerJaar!.toString()).toBe("1971");
  });
});

describe("CAO lookups through a CaoBron", () => {
  const bron: CaoBron = {
    salaris: ({ cao, schaal, trede }) => {
      if (cao !== "GHZ") throw new NietGevondenFout(`Onbekende cao '${cao}'`, { parameter: "cao", waarde: cao });
      return {
        bedrag: d(schaal === "15" ? 2000 : 2338),
        cao: "Gehandicaptenzorg",
        schaal: `FWG ${schaal}`,
        trede,
        herkomst: { omschrijving: "test-tabel", bron: "https://example.org", geldigVanaf: "2023-12-01", status: "geverifieerd" },
      };
    },
    caoParameter: (_cao, naam) =>
      naam === "eindejaarsuitkering"
        ? { waarde: d("0.0833"), herkomst: { omschrijving: "eju", bron: "https://example.org/eju", geldigVanaf: "2019-12-01", status: "geverifieerd" } }
        : undefined,
  };

  test("salary from cao/schaal/trede, with its source in the result", () => {
    const p = leesParameterBereik([
      ["cao", "GHZ"],
      ["schaal", 20],
      ["trede", 5],
      ["peildatum", "2024-01-01"],
      ["sociale_lasten", 0.2],
      ["pensioenpremie", 0.13],
      ["productiviteit", 0.8],
      ["overhead", 0.2],
    ]);
    const r = berekenTarief({ parameters: p }, { caoBron: bron });
    expect(r.functies[0].personeel.maandsalaris!.toString()).toBe("2338");
    expect(r.bronnen.map((b) => b.omschrijving)).toEqual(["test-tabel", "eju"]);
    expect(r.opbouw.find((l) => l.soort === "salaris")!.toelichting).toBe("salaris Gehandicaptenzorg FWG 20 trede 5 per 2024-01-01: test-tabel (geverifieerd)");
  });

  test("a lookup that finds nothing stays a NietGevondenFout (→ #N/A), never a fallback", () => {
    const p = leesParameterBereik([
      ["cao", "XYZ"],
      ["schaal", 20],
      ["trede", 5],
      ["sociale_lasten", 0.2],
      ["pensioenpremie", 0.13],
      ["productiviteit", 0.8],
      ["overhead", 0.2],
    ]);
    expect(() => berekenTarief({ parameters: p }, { caoBron: bron, vandaag: "2025-01-01" })).toThrow(NietGevondenFout);
  });

  test("functiemix rows take schaal/trede while sharing the product's cao", () => {
    const p = leesParameterBereik([
      ["cao", "GHZ"],
      ["sociale_lasten", 0.2],
      ["pensioenpremie", 0.13],
      ["productiviteit", 0.8],
      ["overhead", 0.2],
    ]);
    const mix = leesFunctiemixBereik([
      ["functie", "aandeel", "schaal", "trede"],
      ["A", 0.5, 20, 5],
      ["B", 0.5, 15, 7],
    ]);
    const r = berekenTarief({ parameters: p, functiemix: mix }, { caoBron: bron, vandaag: "2025-01-01" });
    expect(r.functies.map((f) => [f.functie, f.personeel.maandsalaris!.toString()])).toEqual([
      ["A", "2338"],
      ["B", "2000"],
    ]);
    expect(r.opbouw.find((l) => l.soort === "salaris")!.toelichting).toBe(
      "A: salaris Gehandicaptenzorg FWG 20 trede 5 per 2025-01-01: test-tabel (geverifieerd); B: salaris Gehandicaptenzorg FWG 15 trede 7 per 2025-01-01: test-tabel (geverifieerd)",
    );
  });
});

describe("single-step functions", () => {
  test("RT.LOONKOSTEN: personnel cost per fte", () => {
    const p = bepaalPersoneel(
      leesParameterBereik([
        ["maandsalaris", 3000],
        ["sociale_lasten", 0.2],
        ["pensioenpremie", 0.1],
      ]),
    );
    expect(p.loonkosten.loonkostenFte.toString()).toBe(d(36000).times("1.1633").times("1.3").toString());
  });

  test("RT.PRODUCTIVITEIT: productivity on paid hours from any convention", () => {
    expect(
      berekenProductiviteit(
        leesParameterBereik([
          ["productiviteit", 0.3],
          ["productiviteit_basis", "afslag"],
        ]),
      ).productiviteit.toString(),
    ).toBe("0.7");
    const derived = berekenProductiviteit(
      leesParameterBereik([
        ["uren_per_week", 36],
        ["verlofuren", 144],
        ["feestdaguren", 72],
      ]),
    );
    expect(derived.productiviteit.toString()).toBe(new Decimal(1656).dividedBy(1872).toString());
  });

  test("RT.PRODUCTIVITEIT takes the paid hours H exactly as the tariff does (CAO hours, uren_per_week, jaaruren)", () => {
    // the CAO says 38 h/week: H = 38 × 52 = 1976; uren_per_week 32 → 1664; jaaruren 1800 wins over both
    const bron: CaoBron = {
      salaris: () => {
        throw new Error("niet nodig");
      },
      caoParameter: (_cao, naam) =>
        naam === "uren_per_week" ? { waarde: d(38), herkomst: { omschrijving: "x", bron: "y", geldigVanaf: "2024-01-01", status: "geverifieerd" } } : undefined,
    };
    const salaris = [
      ["maandsalaris", 3000],
      ["sociale_lasten", 0.2],
      ["pensioenpremie", 0.1],
      ["verlofuren", 144],
      ["cao", "Jeugdzorg"],
      ["peildatum", "2025-01-01"],
    ];
    for (const [extra, h] of [
      [[], "1976"],
      [[["uren_per_week", 32]], "1664"],
      [[["jaaruren", 1800]], "1800"],
      [
        [
          ["uren_per_week", 32],
          ["jaaruren", 1800],
        ],
        "1800",
      ],
    ] as const) {
      const p = leesParameterBereik([...salaris, ...extra]);
      const context = { caoBron: bron };
      expect(berekenProductiviteit(p, context).betaaldeUren.toString()).toBe(h);
      expect(bepaalPersoneel(p, context).betaaldeUren.toString()).toBe(h);
    }
  });
});
