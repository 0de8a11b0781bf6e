/**
 * The thin adapters at their edges (Stryker found these reachable by no assertion): how raw arguments are read
 * (invoer.ts), the parameter names in the refusal messages of reken.ts and data.ts, the reference tables cell by
 * cell, the cache key of tarief.ts (what it must tell apart), and the text cells of RT.OPBOUW and RT.TARIEF_DETAIL.
 */
import { Decimal } from "../../src/core/decimal";
import { gebruikersTabellen } from "../../src/data";
import * as d from "../../src/functions/adapters/data";
import { alsBereik, excelMatrix, optioneleMix, parameterBereik, verplichteTekst, verplichtGetal } from "../../src/functions/adapters/invoer";
import * as rk from "../../src/functions/adapters/reken";
import { cacheSleutel, leegTariefCache, opbouw, tarief, tariefCacheGrootte, tariefDetail } from "../../src/functions/adapters/tarief";
import { invoerMelding as melding } from "../helpers/fout";

describe("invoer.ts: raw arguments", () => {
  test("a list of cells is one column; a scalar is one cell", () => {
    expect(alsBereik([1, "a"])).toEqual([[1], ["a"]]);
    expect(alsBereik(5)).toEqual([[5]]);
  });

  test("an optional range is absent only when every cell is blank; one filled cell keeps the whole range", () => {
    expect(optioneleMix(null)).toBeUndefined();
    expect(optioneleMix("  ")).toBeUndefined();
    expect(
      optioneleMix([
        [null, 0],
        ["", "  "],
      ]),
    ).toBeUndefined();
    expect(
      optioneleMix([
        [null, null],
        ["HBO", 1],
      ]),
    ).toEqual([
      [null, null],
      ["HBO", 1],
    ]);
  });

  test("a 0 where 0 is impossible is a blank cell; the columns after the value stay", () => {
    // maandsalaris must be > 0; overhead may be 0
    expect(parameterBereik([["maandsalaris", 0, "toelichting"], ["overhead", 0, "x"], ["maandsalaris"]])).toEqual([
      ["maandsalaris", null, "toelichting"],
      ["overhead", 0, "x"],
      ["maandsalaris"],
    ]);
  });

  test("numbers: WAAR is no number, Dutch text is", () => {
    expect(melding(() => verplichtGetal("bedrag", true))).toBe("bedrag = WAAR is geen getal.");
    expect(verplichtGetal("bedrag", "4,74%").toString()).toBe("0.0474");
  });

  test("text: a number becomes text, except 0 (a desktop blank), NaN and infinity; text is trimmed; blank text refused", () => {
    expect(verplichteTekst("schaal", 45)).toBe("45");
    expect(verplichteTekst("schaal", " FWG 45 ")).toBe("FWG 45");
    expect(melding(() => verplichteTekst("schaal", 0))).toBe("schaal = 0 is leeg of geen tekst; vul een naam of code in.");
    expect(melding(() => verplichteTekst("schaal", Number.NaN))).toBe("schaal = NaN is leeg of geen tekst; vul een naam of code in.");
    expect(melding(() => verplichteTekst("schaal", Infinity))).toBe("schaal = Infinity is leeg of geen tekst; vul een naam of code in.");
    expect(melding(() => verplichteTekst("schaal", "   "))).toBe("schaal = '   ' is leeg of geen tekst; vul een naam of code in.");
    expect(melding(() => verplichteTekst("schaal", true))).toBe("schaal = WAAR is leeg of geen tekst; vul een naam of code in.");
  });

  test("a table for Excel: blanks and non-finite numbers become empty cells, Decimals numbers, short rows padded", () => {
    const object = { toString: () => "object" };
    expect(excelMatrix([[null, undefined, Number.NaN, Infinity, "a", true, false, new Decimal("1.5"), object], [7]])).toEqual([
      ["", "", "", "", "a", true, false, 1.5, "object"],
      [7, "", "", "", "", "", "", "", ""],
    ]);
  });
});

describe("reken.ts: RT.LOONKOSTEN, RT.PRODUCTIVITEIT, RT.OVERHEAD_OMREKENEN, RT.INDEXATIE, RT.INDEXEER, RT.IS_MICRO, RT.PARAMETERS", () => {
  test("RT.LOONKOSTEN looks the salary up in the CAO", () => {
    // Sociaal Werk Schaal 8 trede 5 per 2025-01-01 = € 3.773,64; × 12 × (1 + 0,08 + 0,08964) × (1 + 0,2 + 0,13) = 70.444,252622016
    const lk = rk.loonkosten([
      ["cao", "Sociaal Werk"],
      ["schaal", "Schaal 8"],
      ["trede", "5"],
      ["peildatum", "2025-01-01"],
      ["sociale_lasten", 0.2],
      ["pensioenpremie", 0.13],
    ]);
    expect(lk.toFixed(9)).toBe("70444.252622016");
  });

  test("RT.PRODUCTIVITEIT takes the CAO's hours (a user CAO of 38 hours), with or without peildatum", () => {
    gebruikersTabellen.voegParametersToe([{ cao: "Testcao Uren", naam: "uren_per_week", waarde: "38", geldigVanaf: "2025-01-01", bron: "test" }]);
    try {
      // H = 38 × 52 = 1.976; (1.976 − 200) / 1.976 = 0,898785… (with the default 36 hours it would be 0,893162…)
      const p = (extra: unknown[][]) => rk.productiviteit([["cao", "Testcao Uren"], ["verlofuren", 200], ...extra]);
      expect(p([["peildatum", "2026-01-01"]]).toFixed(6)).toBe("0.898785");
      expect(p([]).toFixed(6)).toBe("0.898785");
    } finally {
      gebruikersTabellen.verwijderParameter("Testcao Uren", "uren_per_week", "2025-01-01");
    }
  });

  test("RT.OVERHEAD_OMREKENEN: a blank percentage, and a blank or desktop-blank (0) convention, are refused", () => {
    expect(rk.overheadOmrekenen(0.2, "aandeel")).toBe(0.25);
    expect(melding(() => rk.overheadOmrekenen(null, "aandeel"))).toBe("percentage is leeg; geef de overhead als fractie, bijv. 0,20.");
    expect(melding(() => rk.overheadOmrekenen("x", "aandeel"))).toBe(
      "percentage = 'x' is geen getal; toegestaan: 0% tot en met 100% (als fractie: 0 ≤ overhead ≤ 1; 8% = 0,08).",
    );
    const leeg = "van_conventie is leeg; toegestaan: 'opslag', 'aandeel'.";
    expect(melding(() => rk.overheadOmrekenen(0.2, 0))).toBe(leeg);
    expect(melding(() => rk.overheadOmrekenen(0.2, null))).toBe(leeg);
  });

  test("RT.INDEXATIE's options and RT.INDEXEER name the argument that is wrong", () => {
    expect(rk.indexOpties(null, null, null)).toEqual({ gewichtLoon: undefined, methode: "additief", afronding: "geen" });
    expect(melding(() => rk.indexOpties("x", null, null))).toBe("gewicht_loon = 'x' is geen getal.");
    expect(melding(() => rk.indexOpties(null, "x", null))).toBe("methode = 'x' is geen geldige keuze; toegestaan: 'additief', 'multiplicatief'.");
    expect(melding(() => rk.indexOpties(null, null, "x"))).toBe("afronding = 'x' is geen geldige keuze; toegestaan: 'geen', 'totaal', 'componenten'.");
    expect(melding(() => rk.indexeer(null, [[0.1]], null))).toBe("bedrag is leeg; geef een getal.");
    // blank cells are skipped, so 'x' is the second index
    expect(melding(() => rk.indexeer(100, [[0.1], [null], ["x"]], null))).toBe("indexcijfers (2e) = 'x' is geen getal.");
    expect(melding(() => rk.indexeer(100, [[0.1]], "x"))).toBe("afronding = 'x' is geen geldige keuze; toegestaan: 'cent', 'zestigvoud', 'euro', 'geen'.");
  });

  test("RT.IS_MICRO names each figure", () => {
    expect(melding(() => rk.isMicro("x", 1, 1))).toBe("personeel = 'x' is geen getal.");
    expect(melding(() => rk.isMicro(1, "x", 1))).toBe("jaaromzet = 'x' is geen getal.");
    expect(melding(() => rk.isMicro(1, 1, "x"))).toBe("balanstotaal = 'x' is geen getal.");
  });

  test("RT.PARAMETERS: choices listed, no default left blank, function-mix-only columns marked", () => {
    const t = rk.parameters();
    const rij = (naam: string) => t.find((r) => r[0] === naam);
    expect(t[0]).toEqual(["Parameter", "Eenheid", "Standaard", "Omschrijving"]);
    expect(rij("productiviteit_basis")).toEqual([
      "productiviteit_basis",
      "keuze",
      "betaalde_uren",
      "Waarop de productiviteit betrekking heeft: betaalde uren, beschikbare uren (na verlof, feestdagen en verzuim) of een afslag. Keuzes: betaalde_uren, beschikbare_uren, afslag.",
    ]);
    expect(rij("sociale_lasten")).toEqual([
      "sociale_lasten",
      "fractie (8% = 0,08)",
      "",
      "Werkgeverspremies sociale verzekeringen (AWf, Aof, Whk, Zvw, Wko) als fractie van de loonsom (s).",
    ]);
    expect(rij("fte")).toEqual([
      "fte",
      "fte",
      "",
      "Functiemix in het capaciteitsmodel: aantal fte van de functie in de formatie. (alleen als kolom in de functiemix)",
    ]);
  });
});

describe("data.ts: reference-data functions", () => {
  test("RT.SALARIS: trede 0 (the start step of Sociaal Werk) is a step, not a blank cell; each blank argument is named", () => {
    expect(d.salaris("Sociaal Werk", "Schaal 8", 0, "2025-01-01")).toBe(3344.64);
    expect(d.salaris("Sociaal Werk", "Schaal 8", "0", "2025-01-01")).toBe(3344.64);
    for (const [args, naam] of [
      [[null, "Schaal 8", 1], "cao"],
      [["Sociaal Werk", null, 1], "schaal"],
      [["Sociaal Werk", "Schaal 8", null], "trede"],
    ] as const) {
      expect(melding(() => d.salaris(args[0], args[1], args[2], "2025-01-01"))).toBe(`${naam} = (leeg) is leeg of geen tekst; vul een naam of code in.`);
    }
    expect(melding(() => d.salaris("Sociaal Werk", "Schaal 8", 1, "x"))).toBe(
      "peildatum = 'x' is geen datum; toegestaan: een Excel-datum of tekst als '2025-01-01' of '1-1-2025'.",
    );
  });

  test("RT.CAO_TABELLEN: one row per table with its scales joined", () => {
    const t = d.caoTabellen();
    expect(t[0]).toEqual(["CAO", "Geldig vanaf", "Status", "Omschrijving", "Schalen", "Bron"]);
    expect(t.find((r) => r[0] === "Gehandicaptenzorg" && r[1] === "2022-05-01")).toEqual([
      "Gehandicaptenzorg",
      "2022-05-01",
      "geverifieerd",
      "CAO Gehandicaptenzorg, salarisschalen functiegroepen per 1 mei 2022 (art. 4:15), FWG 5–40 en deels FWG 45",
      "FWG 5, FWG 10, FWG 15, FWG 20, FWG 25, FWG 30, FWG 35, FWG 40, FWG 45",
      "https://www.vgn.nl/cao/cao-gehandicaptenzorg-2021-2024/4-functiewaardering-salariering-en-vakantietoeslag/salaristabellen/4-15-salarisschalen-functiegroepen-1-mei-2022",
    ]);
  });

  test("RT.CAO_PARAMETER: the name is normalised; each blank argument is named", () => {
    expect(d.caoParameter("Sociaal Werk", "Uren per week", "2025-01-01")).toBe(36);
    expect(melding(() => d.caoParameter(null, "uren_per_week", null))).toBe("cao = (leeg) is leeg of geen tekst; vul een naam of code in.");
    expect(melding(() => d.caoParameter("Sociaal Werk", null, null))).toBe("naam = (leeg) is leeg of geen tekst; vul een naam of code in.");
    expect(melding(() => d.caoParameter("Sociaal Werk", "uren_per_week", "x"))).toBe(
      "peildatum = 'x' is geen datum; toegestaan: een Excel-datum of tekst als '2025-01-01' of '1-1-2025'.",
    );
  });

  test("RT.WERKGEVERSLASTEN options: spaces around '=', ':' and a trailing ';' allowed; anything before or after refused", () => {
    expect(d.leesWerkgeverslastenOpties("awf = hoog; aof:laag;")).toEqual({ awf: "hoog", aof: "laag" });
    expect(d.leesWerkgeverslastenOpties("AWF_HOOG")).toEqual({ awf: "hoog" });
    for (const deel of ["xawf=hoog", "awf=hoogx"]) {
      expect(melding(() => d.leesWerkgeverslastenOpties(deel))).toBe(
        `opties: '${deel}' is onbekend; toegestaan: awf=laag, awf=hoog, aof=laag, aof=hoog (gescheiden door ;).`,
      );
    }
  });

  test("RT.WERKGEVERSLASTEN: each component labelled by its source, the total row without status or source", () => {
    const t = d.werkgeverslasten(2025, null);
    expect(t[0]).toEqual(["Component", "Fractie", "Status", "Bron"]);
    expect(t[1]).toEqual([
      "AWf laag (schriftelijk vast contract) 2025: 2,74%",
      0.0274,
      "secundair",
      "https://randstad.nl/werkgevers/werkpocket/wet-en-regelgeving/sociale-zekerheid/werknemersverzekeringen",
    ]);
    // 2,74% + 7,64% + 0,5% + 1,33% + 6,51% = 18,72%
    expect(t[t.length - 1]).toEqual(["Totaal sociale lasten", 0.1872, "", ""]);
  });

  test("RT.BRONNEN: one row per dataset with source, date, status and how current it is", () => {
    const t = d.bronnen();
    expect(t[0]).toEqual(["Dataset", "Omschrijving", "Bron", "Geldig vanaf", "Status", "Actualiteit"]);
    const r = t.find((x) => x[0] === "cao-jeugdzorg" && x[1] === "uren_per_week")!;
    expect(r.slice(0, 5)).toEqual(["cao-jeugdzorg", "uren_per_week", "https://www.lad.nl/lad-voor-jou/caos/cao-jeugdzorg/", "2024-01-01", "geverifieerd"]);
    expect(r[5]).toContain("looptijd van de CAO 1 januari 2024 – 31 december 2025");
  });

  test("a year that is not a number names 'jaar' (RT.WERKGEVERSLASTEN, RT.INDEXATIE_JAAR, RT.INDEXCIJFERS)", () => {
    const m = "jaar = 'x' is geen getal.";
    expect(melding(() => d.werkgeverslasten("x", null))).toBe(m);
    expect(melding(() => d.indexatieJaar("x", null, null, null))).toBe(m);
    expect(melding(() => d.indexcijfers("x"))).toBe(m);
  });
});

describe("tarief.ts: the cache key and the text cells", () => {
  beforeEach(() => leegTariefCache());

  test("the key tells apart what the reader tells apart, and refuses what it cannot encode", () => {
    const k = (p: unknown, mix: unknown = null) => cacheSleutel(p, mix);
    const sleutels = [
      k([["a", null]]),
      k([["a", undefined]]),
      k([["a", ""]]),
      k([["a", 0]]),
      k([["a", -0]]),
      k([["a", false]]),
      k([["a", true]]),
      k([["a", "0"]]),
      k([["a", new Date(Date.UTC(2025, 0, 1))]]),
      k([["a", new Date(Date.UTC(2025, 0, 2))]]),
      k([["a"], [1]]),
      k([["a", 1]]),
    ];
    expect(sleutels.every((s) => s !== undefined)).toBe(true);
    expect(new Set(sleutels).size).toBe(sleutels.length);
    // an object anywhere (an Excel error object, a stray value) is not cached
    expect(k([["a", {}]])).toBeUndefined();
    expect(k({})).toBeUndefined();
    expect(k([["a", 1]], [[{}]])).toBeUndefined();
    // the function mix is part of the key
    expect(k([["a", 1]], [["x", 0.5]])).not.toBe(k([["a", 1]], [["x", 0.6]]));
    expect(k([["a", 1]], [["x", 0.5]])).not.toBe(k([["a", 1]]));
  });

  test("a second call with another function mix is not answered from the cache", () => {
    // loonkosten_fte per function: K = Σ aandeel × LK / (1.872 × 0,8); 0,5 × 60.000 + 0,5 × 40.000 = 50.000 → 33,39 per hour
    // 0,8 × 60.000 + 0,2 × 40.000 = 56.000 → 37,39
    const p = [
      ["productiviteit", 0.8],
      ["overhead", "geen"], // a real 0 (a bare 0 is ambiguous: a desktop blank)
    ];
    const mix = (a: number) => [
      ["functie", "aandeel", "loonkosten_fte"],
      ["A", a, 60000],
      ["B", 1 - a, 40000],
    ];
    expect(tarief(p, mix(0.5))).toBe(33.39);
    expect(tarief(p, mix(0.8))).toBe(37.39);
    expect(tariefCacheGrootte()).toBe(2);
  });

  // CAO Gehandicaptenzorg FWG 20 trede 5 (opbouw-detail.test.ts)
  const P = [
    ["cao", "Gehandicaptenzorg"],
    ["schaal", "FWG 20"],
    ["trede", 5],
    ["peildatum", "2023-12-01"],
    ["sociale_lasten", 0.18],
    ["pensioenpremie", 0.13],
    ["productiviteit", 0.75],
    ["overhead", 0.2],
    ["risico_opslag", 0.02],
    ["materiele_kosten", 5],
  ];

  test("RT.OPBOUW: a line without explanation has an empty cell; a source row ends with its address, or with the increases applied", () => {
    const m = opbouw(P, null);
    expect(m.find((r) => r[0] === "Vakantietoeslag en eindejaarsuitkering")).toEqual(["Vakantietoeslag en eindejaarsuitkering", 2.45, "J-a, W-a", ""]);
    expect(m.find((r) => String(r[0]).startsWith("Bron: CAO Gehandicaptenzorg, salarisschalen"))![3]).toBe(
      "geverifieerd; geldig vanaf 2023-12-01; https://www.vgn.nl/cao/cao-gehandicaptenzorg-2021-2024/4-functiewaardering-salariering-en-vakantietoeslag/salaristabellen/4-15-salarisschalen-functiegroepen-1-december-2023",
    );
    // on 2025-01-01 the 2023-12-01 table is derived with two increases
    const later = opbouw(
      P.map((r) => (r[0] === "peildatum" ? ["peildatum", "2025-01-01"] : r)),
      null,
    );
    expect(later.find((r) => String(r[0]).startsWith("Bron: CAO Gehandicaptenzorg, salarisschalen"))![3]).toBe(
      "afgeleid; geldig vanaf 2024-12-01; https://www.vgn.nl/cao/cao-gehandicaptenzorg-2021-2024/4-functiewaardering-salariering-en-vakantietoeslag/salaristabellen/4-15-salarisschalen-functiegroepen-1-december-2023; toegepast: 1 juni 2024: +2%, 1 december 2024: +2%",
    );
  });

  test("RT.TARIEF_DETAIL trims the part's name: a line label and a legal element with spaces around", () => {
    // J-a = 14,99 + 2,45 + 0 + 3,14 + 2,27 + 0 + 7,61 = 30,46 (the lines of opbouw-detail.test.ts)
    expect(tariefDetail(P, " j-a ", null)).toBe(30.46);
    expect(tariefDetail(P, " Niet-productieve uren (verlof, verzuim, scholing, overleg) ", null)).toBe(7.61);
  });
});
