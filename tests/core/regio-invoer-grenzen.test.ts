/**
 * A region as JSON-like data → a validated Regio (regio-invoer.ts): every field converted exactly, defaults for the
 * optional lists, and the place each refusal names.
 */
import { InvoerFout } from "../../src/core/errors";
import { exactGetal, leesRegio } from "../../src/core/regio-invoer";
import { fout, invoerMelding as melding } from "../helpers/fout";

const minimaal = (): Record<string, unknown> => ({
  naam: "Regio",
  gemeenten: ["A", "B"],
  segmenten: [{ code: "S1", naam: "Begeleiding" }],
  referentieCao: "Sociaal Werk",
  caoIndeling: [],
  producten: [{ product: "P", segment: "S1", financieringsvorm: "pxq" }],
  beginjaar: 2025,
});

describe("leesRegio: the optional lists", () => {
  test("a minimal region gets empty lists and empty base parameters", () => {
    const r = leesRegio(minimaal());
    expect([r.naam, r.illustratief, r.referentieCao, r.beginjaar]).toEqual(["Regio", undefined, "Sociaal Werk", 2025]);
    expect(r.gemeenten).toEqual(["A", "B"]);
    expect(r.segmenten).toEqual([{ code: "S1", naam: "Begeleiding" }]);
    expect(r.basisparameters).toEqual({});
    for (const k of [
      "aanbieders",
      "aanbiederSpecifiek",
      "inzendingen",
      "microRegels",
      "microProducten",
      "scenarios",
      "volumes",
      "plafonds",
      "indexcijfers",
    ] as const)
      expect([k, r[k]]).toEqual([k, []]);
    expect(r.producten).toEqual([
      {
        product: "P",
        segment: "S1",
        productcategorie: undefined,
        productcode: undefined,
        financieringsvorm: "pxq",
        parameters: {},
        norm: undefined,
        verwachteEenheden: undefined,
        samenstelling: undefined,
        vasteComponent: undefined,
        lumpsum: undefined,
      },
    ]);
  });
});

describe("leesRegio: every field converted exactly", () => {
  test("products: numbers from strings and numbers, norm, composition, codes", () => {
    const d = minimaal();
    d.producten = [
      {
        product: "T",
        segment: "S1",
        productcategorie: "45",
        productcode: "45A50",
        financieringsvorm: "trajectprijs",
        parameters: { overhead: "0.22" },
        norm: [
          { niveau: "HBO", aandeel: "0.6" },
          { niveau: "MBO", aandeel: 0.4 },
        ],
        verwachte_eenheden: "12",
        vaste_component: 150.5,
        lumpsum: "0",
        samenstelling: [{ product: "P", eenheden: "2,5" }],
      },
    ];
    const [p] = leesRegio(d).producten;
    expect([p.productcategorie, p.productcode, p.financieringsvorm, String(p.parameters.overhead)]).toEqual(["45", "45A50", "trajectprijs", "0.22"]);
    expect(p.norm!.map((n) => [n.niveau, n.aandeel.toString()])).toEqual([
      ["HBO", "0.6"],
      ["MBO", "0.4"],
    ]);
    expect([p.verwachteEenheden!.toString(), p.vasteComponent!.toString(), p.lumpsum!.toString()]).toEqual(["12", "150.5", "0"]);
    expect(p.samenstelling!.map((s) => [s.product, s.eenheden.toString()])).toEqual([["P", "2.5"]]);
  });

  test("CAO mapping: scale and step as text, with optional functiemix parameters", () => {
    const d = minimaal();
    d.caoIndeling = [
      { cao: "Sociaal Werk", niveau: "HBO", schaal: 8, trede: 5, parameters: { ort: "0.05" } },
      { cao: "Sociaal Werk", niveau: "MBO", schaal: "Schaal 6", trede: "5" },
    ];
    const [a, b] = leesRegio(d).caoIndeling;
    expect([a.schaal, a.trede, b.schaal, b.trede]).toEqual(["8", "5", "Schaal 6", "5"]);
    expect(String((a.parameters as Record<string, unknown>).ort)).toBe("0.05");
    expect(b.parameters).toBeUndefined();
    d.caoIndeling = [
      { cao: "X", niveau: "A", schaal: 1, trede: 1 },
      { cao: "X", niveau: "B", schaal: 1, trede: 1, parameters: { ort: 5 } },
    ];
    expect(melding(() => leesRegio(d))).toMatch(/^CAO-indeling rij 2: /);
  });

  test("providers with micro figures, partners and linked enterprises", () => {
    const d = minimaal();
    d.aanbieders = [
      { naam: "Groot", cao: "Sociaal Werk" },
      {
        naam: "Klein",
        micro: {
          personeel: "4",
          jaaromzet: 380000,
          balanstotaal: "120000",
          partners: [{ personeel: 12, jaaromzet: "900000", balanstotaal: 400000, aandeel: "0.30" }],
          verbonden: [{ personeel: 1, jaaromzet: 2, balanstotaal: 3 }],
        },
      },
      { naam: "Zonder", micro: { personeel: 1, jaaromzet: 1, balanstotaal: 1 } },
    ];
    const [g, k, z] = leesRegio(d).aanbieders;
    expect([g.naam, g.cao, g.micro]).toEqual(["Groot", "Sociaal Werk", undefined]);
    expect([k.micro!.eigen.personeel, k.micro!.eigen.jaaromzet, k.micro!.eigen.balanstotaal].map(String)).toEqual(["4", "380000", "120000"]);
    const p = k.micro!.partners![0];
    expect([p.personeel, p.jaaromzet, p.balanstotaal, p.aandeel].map(String)).toEqual(["12", "900000", "400000", "0.3"]);
    const v = k.micro!.verbonden![0];
    expect([v.personeel, v.jaaromzet, v.balanstotaal].map(String)).toEqual(["1", "2", "3"]);
    expect([z.micro!.partners, z.micro!.verbonden]).toEqual([[], []]);
    const micro = (d.aanbieders as { micro: Record<string, unknown> & { partners: Record<string, unknown>[] } }[])[1].micro;
    micro.personeel = "vier";
    expect(melding(() => leesRegio(d))).toBe('Klein: personeel = "vier" is geen getal.');
    micro.personeel = "4";
    micro.balanstotaal = "?";
    expect(melding(() => leesRegio(d))).toBe('Klein: balanstotaal = "?" is geen getal.');
    micro.balanstotaal = "1";
    micro.partners = [micro.partners[0], { ...micro.partners[0], personeel: "x" }];
    expect(melding(() => leesRegio(d))).toBe('Klein, partner 2: personeel = "x" is geen getal.');
    micro.partners = [micro.partners[0]];
    (d.aanbieders as { micro?: { partners?: { aandeel: unknown }[] } }[])[1].micro!.partners![0].aandeel = "veel";
    expect(melding(() => leesRegio(d))).toBe('Klein, partner 1: aandeel = "veel" is geen getal.');
    (d.aanbieders as { micro?: { partners?: { aandeel: unknown }[]; verbonden?: { jaaromzet: unknown }[] } }[])[1].micro!.partners![0].aandeel = "0.3";
    (d.aanbieders as { micro?: { verbonden?: { jaaromzet: unknown }[] } }[])[1].micro!.verbonden![0].jaaromzet = "x";
    expect(melding(() => leesRegio(d))).toBe('Klein, verbonden 1: jaaromzet = "x" is geen getal.');
  });

  test("provider-specific products with given bandwidths, submissions and their justifications", () => {
    const d = minimaal();
    d.aanbiederSpecifiek = [
      { product: "P", parameters: ["overhead"], bandbreedtes: [{ parameter: "Overhead", min: "0.1", max: 0.3, norm: "0.2" }] },
      { product: "P", parameters: ["risico_opslag"] },
    ];
    d.inzendingen = [{ aanbieder: "X", product: "P", parameters: { overhead: "0.25" }, onderbouwingen: { overhead: "reden" } }];
    const r = leesRegio(d);
    const b = r.aanbiederSpecifiek[0].bandbreedtes![0];
    expect([b.parameter, b.min.toString(), b.max.toString(), b.norm!.toString(), b.herkomst]).toEqual(["overhead", "0.1", "0.3", "0.2", "opgegeven"]);
    expect(r.aanbiederSpecifiek[0].parameters).toEqual(["overhead"]);
    expect(r.aanbiederSpecifiek[1].bandbreedtes).toBeUndefined();
    expect([r.inzendingen[0].aanbieder, r.inzendingen[0].product, String(r.inzendingen[0].parameters.overhead)]).toEqual(["X", "P", "0.25"]);
    expect(r.inzendingen[0].onderbouwingen).toEqual({ overhead: "reden" });
    (d.aanbiederSpecifiek as { bandbreedtes?: { norm?: unknown }[] }[])[0].bandbreedtes![0].norm = undefined;
    expect(leesRegio(d).aanbiederSpecifiek[0].bandbreedtes![0].norm).toBeUndefined();
    (d.aanbiederSpecifiek as { bandbreedtes?: { min: unknown }[] }[])[0].bandbreedtes![0].min = "0.4";
    expect(melding(() => leesRegio(d))).toBe("Bandbreedte voor overhead (product P): min = 0,4 is groter dan max = 0,3; toegestaan: min ≤ max.");
    const band = (b: Record<string, unknown>) => {
      d.aanbiederSpecifiek = [{ product: "P", parameters: ["overhead"], bandbreedtes: [{ parameter: "overhead", min: "0.1", max: "0.3", ...b }] }];
      return melding(() => leesRegio(d));
    };
    expect(band({ min: "laag" })).toBe('overhead: min = "laag" is geen getal.');
    expect(band({ max: "hoog" })).toBe('overhead: max = "hoog" is geen getal.');
    expect(band({ norm: "?" })).toBe('overhead: norm = "?" is geen getal.');
    expect(band({ extra: 1 })).toMatch(/^Regiogegevens, veld aanbiederSpecifiek\.0\.bandbreedtes\.0: /);
    expect(band({ min: undefined })).toMatch(/^Regiogegevens, veld aanbiederSpecifiek\.0\.bandbreedtes\.0\.min: /);
    d.aanbiederSpecifiek = [];
    d.inzendingen = [{ aanbieder: "X", product: "P", parameters: { overhead: 7 } }];
    expect(melding(() => leesRegio(d))).toMatch(/^inzending van X \(P\): /);
  });

  test("micro rules: percentage, fixed amount and model, each with its justification and choice", () => {
    const d = minimaal();
    d.microRegels = [
      { soort: "percentage", percentage: "0.85", onderbouwing: "a", gekozen: true },
      { soort: "vast", bedrag: 58, onderbouwing: "c" },
      { soort: "model", wijzigingen: { overhead: "0.12" }, onderbouwing: "b" },
      { soort: "percentage", onderbouwing: "leeg" },
      { soort: "vast", onderbouwing: "leeg" },
    ];
    const m = leesRegio(d).microRegels;
    expect(m.map((x) => [x.regel.soort, x.onderbouwing, x.gekozen])).toEqual([
      ["percentage", "a", true],
      ["vast", "c", undefined],
      ["model", "b", undefined],
      ["percentage", "leeg", undefined],
      ["vast", "leeg", undefined],
    ]);
    expect(String((m[0].regel as { percentage: unknown }).percentage)).toBe("0.85");
    expect(String((m[1].regel as { bedrag: unknown }).bedrag)).toBe("58");
    expect(String((m[2].regel as { wijzigingen: { overhead: unknown } }).wijzigingen.overhead)).toBe("0.12");
    // without its number the rule is kept, so the engine can name the rule that lacks it
    expect((m[3].regel as { percentage: unknown }).percentage).toBeUndefined();
    expect((m[4].regel as { bedrag: unknown }).bedrag).toBeUndefined();
    d.microRegels = [{ soort: "vast", bedrag: "veel", onderbouwing: "c" }];
    expect(melding(() => leesRegio(d))).toBe('microtariefregel 1 (vast): bedrag = "veel" is geen getal.');
    d.microRegels = [
      { soort: "vast", bedrag: 1, onderbouwing: "c" },
      { soort: "percentage", percentage: "x", onderbouwing: "c" },
    ];
    expect(melding(() => leesRegio(d))).toBe('microtariefregel 2 (percentage): percentage = "x" is geen getal.');
    d.microRegels = [{ soort: "model", wijzigingen: { overhead: 7 }, onderbouwing: "c" }];
    expect(melding(() => leesRegio(d))).toMatch(/^microtariefregel 1 \(model\): /);
  });

  test("volumes per product row, one per municipality column; ceilings, scenarios and indices", () => {
    const d = minimaal();
    d.volumes = [{ product: "P", A: "10", B: 2.5 }];
    d.plafonds = [
      { gemeente: "A", segment: "S1", bedrag: "1000", jaar: 2026 },
      { gemeente: "B", segment: "S1", bedrag: 5 },
    ];
    d.scenarios = [
      {
        naam: "S",
        omschrijving: "o",
        wijzigingen: [
          { parameter: "overhead", waarde: "0.1" },
          { product: "P", parameter: "risico_opslag", waarde: 0 },
        ],
      },
    ];
    d.indexcijfers = ["0.0363", 0.029];
    const r = leesRegio(d);
    expect(r.volumes.map((v) => [v.gemeente, v.product, v.volume.toString(), v.waar])).toEqual([
      ["A", "P", "10", "volumes rij 1"],
      ["B", "P", "2.5", "volumes rij 1"],
    ]);
    expect(r.plafonds.map((p) => [p.gemeente, p.segment, p.bedrag.toString(), p.jaar, p.waar])).toEqual([
      ["A", "S1", "1000", 2026, "plafond 1"],
      ["B", "S1", "5", undefined, "plafond 2"],
    ]);
    expect(r.scenarios).toEqual([
      {
        naam: "S",
        omschrijving: "o",
        wijzigingen: [
          { parameter: "overhead", waarde: "0.1", waar: "wijziging 1" },
          { product: "P", parameter: "risico_opslag", waarde: 0, waar: "wijziging 2" },
        ],
      },
    ]);
    expect(r.indexcijfers.map(String)).toEqual(["0.0363", "0.029"]);
    d.volumes = [{ product: "P", A: "10" }, { A: 1 }];
    expect(melding(() => leesRegio(d))).toBe("Volumes rij 2: kolom product ontbreekt of is leeg.");
    d.volumes = [{ product: " ", A: 1 }];
    expect(melding(() => leesRegio(d))).toBe("Volumes rij 1: kolom product ontbreekt of is leeg.");
    d.volumes = [{ product: "P", A: "tien" }];
    expect(melding(() => leesRegio(d))).toBe('volume van P in A = "tien" is geen getal.');
    d.volumes = [];
    d.indexcijfers = ["0.01", "x"];
    expect(melding(() => leesRegio(d))).toBe('indexcijfer 2 = "x" is geen getal.');
    d.indexcijfers = [];
    d.plafonds = [{ gemeente: "A", segment: "S1", bedrag: "?" }];
    expect(melding(() => leesRegio(d))).toBe('plafond 1 = "?" is geen getal.');
  });

  test("parameter sets name their place", () => {
    const d = minimaal();
    d.basisparameters = { overhead: 7 };
    expect(melding(() => leesRegio(d))).toMatch(/^basisparameters: /);
    d.basisparameters = {};
    d.producten = [{ product: "P", segment: "S1", financieringsvorm: "pxq", parameters: { overhead: 7 } }];
    expect(melding(() => leesRegio(d))).toMatch(/^product 'P': /);
    d.producten = [{ product: "P", segment: "S1", financieringsvorm: "pxq", norm: [{ niveau: "HBO", aandeel: "x" }] }];
    expect(melding(() => leesRegio(d))).toBe("product 'P', niveau HBO: aandeel = \"x\" is geen getal.");
    d.producten = [{ product: "P", segment: "S1", financieringsvorm: "pxq", verwachte_eenheden: "x" }];
    expect(melding(() => leesRegio(d))).toBe("product 'P': verwachte_eenheden = \"x\" is geen getal.");
    d.producten = [{ product: "P", segment: "S1", financieringsvorm: "pxq", vaste_component: "x" }];
    expect(melding(() => leesRegio(d))).toBe("product 'P': vaste_component = \"x\" is geen getal.");
    d.producten = [{ product: "P", segment: "S1", financieringsvorm: "pxq", lumpsum: "x" }];
    expect(melding(() => leesRegio(d))).toBe("product 'P': lumpsum = \"x\" is geen getal.");
    d.producten = [{ product: "P", segment: "S1", financieringsvorm: "pxq", samenstelling: [{ product: "Q", eenheden: "x" }] }];
    expect(melding(() => leesRegio(d))).toBe("product 'P': samenstelling Q = \"x\" is geen getal.");
  });
});

describe("leesRegio: the shape", () => {
  test("a shape error names the field path, or the top level", () => {
    const e = fout(() => leesRegio({ ...minimaal(), gemeenten: [] }));
    expect(e).toBeInstanceOf(InvoerFout);
    expect(e.message).toMatch(/^Regiogegevens, veld gemeenten: /);
    expect((e as InvoerFout).details.parameter).toBe("gemeenten");
    expect(melding(() => leesRegio({ ...minimaal(), producten: [{ product: "P", segment: "S1", financieringsvorm: "abonnement" }] }))).toMatch(
      /^Regiogegevens, veld producten\.0\.financieringsvorm: /,
    );
    expect(melding(() => leesRegio(12))).toMatch(/^Regiogegevens, veld \(hoofdniveau\): /);
    expect(melding(() => leesRegio({ ...minimaal(), beginjaar: 1899 }))).toMatch(/^Regiogegevens, veld beginjaar: /);
    expect(melding(() => leesRegio({ ...minimaal(), beginjaar: 2201 }))).toMatch(/^Regiogegevens, veld beginjaar: /);
    expect(leesRegio({ ...minimaal(), beginjaar: 1900 }).beginjaar).toBe(1900);
    expect(leesRegio({ ...minimaal(), beginjaar: 2200 }).beginjaar).toBe(2200);
    expect(melding(() => leesRegio({ ...minimaal(), naam: "  " }))).toMatch(/^Regiogegevens, veld naam: /);
    expect(melding(() => leesRegio({ ...minimaal(), extra: 1 }))).toMatch(/^Regiogegevens, veld \(hoofdniveau\): /);
  });

  test("exactGetal: strings in both notations and numbers; anything else names where", () => {
    expect(exactGetal("1.234,5", "x").toString()).toBe("1234.5");
    expect(exactGetal(0.1, "x").toString()).toBe("0.1");
    const e = fout(() => exactGetal(null, "plafond 3"));
    expect(e.message).toBe("plafond 3 = null is geen getal.");
    expect((e as InvoerFout).details).toMatchObject({ parameter: "plafond 3", waarde: null });
  });
});
