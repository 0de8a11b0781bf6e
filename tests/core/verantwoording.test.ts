/**
 * The audit block (verantwoording.ts) on a data environment of the test's own (two datasets, one user table), so
 * every field, row and message can be checked exactly: building the block, its sheet rows and back, the reader's
 * refusals, recomputing from the block alone and the text lines of the command line.
 *
 * The tariff used (no look-ups): maandsalaris 3.500, vakantietoeslag 0,08 and eindejaarsuitkering 0,0833 (defaults),
 * sociale_lasten 0,18, pensioenpremie 0,13, productiviteit 0,75, overhead 0,20:
 *   3.500 × 12 × 1,1633 × 1,31 / (1.872 × 0,75) = 45,5874… per hour; × 1,20 = 54,7049… → 54,70.
 */
import type { Herkomst } from "../../src/core/bronnen";
import { Decimal } from "../../src/core/decimal";
import { InvoerFout, NietGevondenFout } from "../../src/core/errors";
import { leesFunctieWaarden, leesParameterObject } from "../../src/core/parameters/lezen";
import type { Parameters } from "../../src/core/parameters/schema";
import { berekenTarief } from "../../src/core/tarief";
import {
  AUDITBLOK_FORMAAT,
  AUDITBLOK_KOP,
  AUDITBLOK_SOORT,
  OPZOEKING_SOORT,
  auditGegeven,
  auditResultaat,
  auditblokNaarRijen,
  auditblokUitRijen,
  herbereken,
  leesAuditblok,
  maakAuditblok,
  verantwoordingTekst,
  type Auditblok,
  type GebruikerstabelVersie,
  type GegevensOmgeving,
} from "../../src/core/verantwoording";
import { gegevensOmgeving } from "../../src/data/versies";
import { fout } from "../helpers/fout";

const TABEL: Herkomst = { omschrijving: "Salaristabel X", bron: "https://voorbeeld.nl/x", geldigVanaf: "2024-07-01", status: "secundair" };
const OUD: Herkomst = {
  omschrijving: "Premies Y",
  bron: "https://voorbeeld.nl/y",
  geldigVanaf: "2023-01-01",
  status: "afgeleid",
  verouderd: { nieuwste: "2023-01-01", toelichting: "nieuwste gegevens van 1-1-2023" },
};
const EIGEN: GebruikerstabelVersie = {
  id: "gebruiker:Eigen CAO:2025-01-01",
  cao: "Eigen CAO",
  geldigVanaf: "2025-01-01",
  omschrijving: "eigen tabel",
  bron: "eigen.xlsx",
  status: "gebruiker",
  versie: "e1",
};

/** A data environment: datasets cao-x (v1) and premies-y (v2), the user table EIGEN; records the `vandaag` it was asked for. */
function omgeving(opties: { datasets?: { id: string; versie: string }[]; tabellen?: GebruikerstabelVersie[] } = {}) {
  const gevraagd: string[] = [];
  const o: GegevensOmgeving = {
    datasets: () =>
      (
        opties.datasets ?? [
          { id: "cao-x", versie: "v1" },
          { id: "premies-y", versie: "v2" },
        ]
      ).map((d) => ({ ...d, soort: "cao", status: "geverifieerd 1" })),
    gebruikerstabellen: () => opties.tabellen ?? [EIGEN],
    gegevenVan: (h) =>
      h.bron === TABEL.bron
        ? [{ id: "cao-x", versie: "v1" }]
        : h.bron === OUD.bron
          ? [
              { id: "premies-y", versie: "v2" },
              { id: EIGEN.id, versie: "e1" },
            ]
          : [],
    context: (vandaag) => {
      gevraagd.push(vandaag);
      return { vandaag };
    },
  };
  return Object.assign(o, { gevraagd });
}

const PARAMETERS = { maandsalaris: 3500, sociale_lasten: 0.18, pensioenpremie: 0.13, productiviteit: 0.75, overhead: 0.2 };

/** One calculation through the engine, with the cited figures given by the test. */
function berekening(naam: string, extra: Record<string, unknown> = {}, bronnen: Herkomst[] = []) {
  const parameters = leesParameterObject({ ...PARAMETERS, ...extra });
  const r = berekenTarief({ parameters }, { vandaag: "2025-01-01" });
  return { naam, invoer: { parameters }, resultaat: { ...auditResultaat(r), bronnen } };
}

const OPTIES = { productversie: "1.2.3", standaardPeildatum: "2025-03-01", aangemaakt: "2025-03-01T10:00:00.000Z" };

// The schema is built once, on first use (z.lui), and this is the first test of the mutation bundle to use it: Stryker
// attributes the schema's patterns to this test alone, so their boundaries are all checked here.
describe("the block's schema", () => {
  test("dates are yyyy-mm-dd and amounts digits with an optional point and digits, nothing before or after", () => {
    for (const datum of ["x2025-03-01", "2025-03-01x", "2025-3-01", "20250-03-01"])
      expect(weigering(() => leesAuditblok({ ...klein(), standaardPeildatum: datum }))[0]).toBe(
        `${GEWIJZIGD}'standaardPeildatum' heeft een ongeldig formaat${TOEGESTAAN}`,
      );
    for (const bedrag of ["x54.7", "54.7x", "54.", ".5", "54,70", "1e3"]) {
      const b = klein();
      b.berekeningen[0].resultaat.kostprijs = bedrag;
      expect(weigering(() => leesAuditblok(b))[0]).toBe(`${GEWIJZIGD}'berekeningen.1.resultaat.kostprijs' heeft een ongeldig formaat${TOEGESTAAN}`);
    }
    const b = klein();
    b.berekeningen[0].resultaat.tarief = "54";
    b.berekeningen[0].resultaat.tariefOnafgerond = "-3.5";
    expect(leesAuditblok(b).berekeningen[0].resultaat).toMatchObject({ tarief: "54", tariefOnafgerond: "-3.5" });
    expect(leesAuditblok(klein())).toEqual(klein());
  });
});

describe("maakAuditblok", () => {
  test("records versions, every parameter as text, the result, the cited figures with their datasets and the conventions", () => {
    const b = berekening("Tarief A", { overhead_over_materieel: false, risico_opslag: "0.00000001" }, [TABEL, OUD]);
    const blok = maakAuditblok({ ...OPTIES, berekeningen: [b] }, omgeving());
    expect(blok).toEqual({
      soort: "reele-tarieven-verantwoording",
      formaat: "1",
      productversie: "1.2.3",
      aangemaakt: "2025-03-01T10:00:00.000Z",
      standaardPeildatum: "2025-03-01",
      datasets: [
        { id: "cao-x", versie: "v1", soort: "cao", status: "geverifieerd 1" },
        { id: "premies-y", versie: "v2", soort: "cao", status: "geverifieerd 1" },
      ],
      gebruikerstabellen: [EIGEN],
      berekeningen: [
        {
          naam: "Tarief A",
          // no peildatum parameter: the block's default
          peildatum: "2025-03-01",
          // a decimal exactly, never in exponent notation; a boolean as nee
          parameters: {
            maandsalaris: "3500",
            sociale_lasten: "0.18",
            pensioenpremie: "0.13",
            productiviteit: "0.75",
            overhead: "0.2",
            overhead_over_materieel: "nee",
            risico_opslag: "0.00000001",
          },
          functiemix: [],
          resultaat: {
            eenheid: "uur",
            model: "uren",
            afronding: "cent",
            tarief: "54.7",
            tariefOnafgerond: b.resultaat.tariefOnafgerond.toFixed(),
            kostprijs: b.resultaat.kostprijs.toFixed(),
          },
          gegevens: [
            {
              omschrijving: "Salaristabel X",
              status: "secundair",
              bron: "https://voorbeeld.nl/x",
              geldigVanaf: "2024-07-01",
              datasets: [{ id: "cao-x", versie: "v1" }],
            },
            {
              omschrijving: "Premies Y",
              status: "afgeleid; mogelijk verouderd (nieuwste gegevens van 1-1-2023)",
              bron: "https://voorbeeld.nl/y",
              geldigVanaf: "2023-01-01",
              datasets: [
                { id: "premies-y", versie: "v2" },
                { id: EIGEN.id, versie: "e1" },
              ],
            },
          ],
          conventies: b.resultaat.conventies,
        },
      ],
    });
    expect(blok.berekeningen[0].resultaat.tariefOnafgerond).toMatch(/^54\.7049\d+$/);
    expect(blok.berekeningen[0].conventies).toHaveLength(7);
    expect(blok.berekeningen[0].conventies[3]).toBe("Overhead over materiële kosten: nee");
    // a copy: the block does not share the result's list
    expect(blok.berekeningen[0].conventies).not.toBe(b.resultaat.conventies);
  });

  test("a peildatum parameter is the calculation's peildatum; ja; a missing or empty value is left out; the functiemix as text rows", () => {
    const parameters = leesParameterObject({ ...PARAMETERS, overhead_over_materieel: true, peildatum: "2024-12-01" });
    const mix = [
      leesFunctieWaarden([
        { naam: "aandeel", waarde: 0.6, rij: 1 },
        { naam: "maandsalaris", waarde: 3800, rij: 1 },
      ]),
      leesFunctieWaarden([
        { naam: "aandeel", waarde: 0.4, rij: 2 },
        { naam: "maandsalaris", waarde: 3000, rij: 2 },
      ]),
    ];
    const r = berekenTarief({ parameters, functiemix: mix }, { vandaag: "2025-01-01" });
    const metGaten = { ...parameters, eenheid: undefined, cao: null } as unknown as Parameters;
    const blok = maakAuditblok(
      { ...OPTIES, berekeningen: [{ naam: "B", invoer: { parameters: metGaten, functiemix: mix }, resultaat: auditResultaat(r) }] },
      omgeving(),
    );
    const b = blok.berekeningen[0];
    expect(b.peildatum).toBe("2024-12-01");
    expect(b.parameters).toEqual({
      maandsalaris: "3500",
      sociale_lasten: "0.18",
      pensioenpremie: "0.13",
      productiviteit: "0.75",
      overhead: "0.2",
      overhead_over_materieel: "ja",
      peildatum: "2024-12-01",
    });
    expect(b.functiemix).toEqual([
      { aandeel: "0.6", maandsalaris: "3800" },
      { aandeel: "0.4", maandsalaris: "3000" },
    ]);
    expect(b.gegevens).toEqual([]);
  });

  test("auditResultaat keeps exactly the eight fields the block records", () => {
    const r = berekenTarief({ parameters: leesParameterObject(PARAMETERS) }, { vandaag: "2025-01-01" });
    const a = auditResultaat(r);
    expect(Object.keys(a).sort()).toEqual(["afronding", "bronnen", "conventies", "eenheid", "kostprijs", "model", "tarief", "tariefOnafgerond"]);
    expect(a.tarief).toBe(r.tarief);
    expect(a.tariefOnafgerond).toBe(r.tariefOnafgerond);
    expect(a.kostprijs).toBe(r.kostprijs);
    expect([a.eenheid, a.model, a.afronding]).toEqual(["uur", "uren", "cent"]);
    expect(a.bronnen).toBe(r.bronnen);
    expect(a.conventies).toBe(r.conventies);
  });

  test("auditGegeven: the status with and without 'mogelijk verouderd'", () => {
    expect(auditGegeven(TABEL, omgeving()).status).toBe("secundair");
    expect(auditGegeven(OUD, omgeving())).toEqual({
      omschrijving: "Premies Y",
      status: "afgeleid; mogelijk verouderd (nieuwste gegevens van 1-1-2023)",
      bron: "https://voorbeeld.nl/y",
      geldigVanaf: "2023-01-01",
      datasets: [
        { id: "premies-y", versie: "v2" },
        { id: EIGEN.id, versie: "e1" },
      ],
    });
  });
});

/** A small block written by hand: two calculations share their conventions, one has none and its own peildatum. */
function klein(): Auditblok {
  const resultaat = () => ({ eenheid: "uur", model: "uren", afronding: "cent", tarief: "54.7", tariefOnafgerond: "54.7049", kostprijs: "54.7049" });
  return {
    soort: AUDITBLOK_SOORT,
    formaat: AUDITBLOK_FORMAAT,
    productversie: "1.2.3",
    aangemaakt: "2025-03-01",
    standaardPeildatum: "2025-03-01",
    datasets: [{ id: "cao-x", soort: "cao", versie: "v1", status: "geverifieerd 1" }],
    gebruikerstabellen: [],
    berekeningen: [
      {
        naam: "A",
        peildatum: "2025-03-01",
        parameters: { overhead: "0.2" },
        functiemix: [],
        resultaat: resultaat(),
        gegevens: [{ omschrijving: "X", status: "secundair", bron: "b", geldigVanaf: "2024-07-01", datasets: [{ id: "cao-x", versie: "v1" }] }],
        conventies: ["c1", "c2"],
      },
      { naam: "B", peildatum: "2024-12-01", parameters: {}, functiemix: [{ aandeel: "1" }], resultaat: resultaat(), gegevens: [], conventies: [] },
      { naam: "C", peildatum: "2025-03-01", parameters: {}, functiemix: [], resultaat: resultaat(), gegevens: [], conventies: ["c1", "c2"] },
    ],
  };
}

const KOPRIJ: [string, string] = ["Verantwoording", "Reële Tarieven, formaat 1: alles om deze tarieven opnieuw te berekenen (rt herbereken)"];
const RES = (n: number): [string, string][] => [
  [`berekeningen.${n}.resultaat.eenheid`, "uur"],
  [`berekeningen.${n}.resultaat.model`, "uren"],
  [`berekeningen.${n}.resultaat.afronding`, "cent"],
  [`berekeningen.${n}.resultaat.tarief`, "54.7"],
  [`berekeningen.${n}.resultaat.tariefOnafgerond`, "54.7049"],
  [`berekeningen.${n}.resultaat.kostprijs`, "54.7049"],
];
const KOP: [string, string][] = [
  KOPRIJ,
  ["soort", "reele-tarieven-verantwoording"],
  ["formaat", "1"],
  ["productversie", "1.2.3"],
  ["aangemaakt", "2025-03-01"],
  ["standaardPeildatum", "2025-03-01"],
  ["datasets.1.id", "cao-x"],
  ["datasets.1.soort", "cao"],
  ["datasets.1.versie", "v1"],
  ["datasets.1.status", "geverifieerd 1"],
  ["conventiesets.1.1", "c1"],
  ["conventiesets.1.2", "c2"],
];

describe("auditblokNaarRijen and back", () => {
  test("rows: path and value, 1-based positions, each list of conventions once, a peildatum only where it differs", () => {
    expect(auditblokNaarRijen(klein())).toEqual([
      ...KOP,
      ["berekeningen.1.naam", "A"],
      ["berekeningen.1.parameters.overhead", "0.2"],
      ...RES(1),
      ["berekeningen.1.gegevens.1.omschrijving", "X"],
      ["berekeningen.1.gegevens.1.status", "secundair"],
      ["berekeningen.1.gegevens.1.bron", "b"],
      ["berekeningen.1.gegevens.1.geldigVanaf", "2024-07-01"],
      ["berekeningen.1.gegevens.1.datasets.1.id", "cao-x"],
      ["berekeningen.1.gegevens.1.datasets.1.versie", "v1"],
      ["berekeningen.1.conventieset", "1"],
      ["berekeningen.2.peildatum", "2024-12-01"],
      ["berekeningen.2.naam", "B"],
      ["berekeningen.2.functiemix.1.aandeel", "1"],
      ...RES(2),
      ["berekeningen.3.naam", "C"],
      ...RES(3),
      ["berekeningen.3.conventieset", "1"],
    ]);
  });

  test("two different lists of conventions get sets 1 and 2", () => {
    const blok = klein();
    blok.berekeningen[2].conventies = ["c3"];
    const rijen = auditblokNaarRijen(blok);
    expect(rijen.filter(([p]) => p.startsWith("conventieset") || p.endsWith("conventieset"))).toEqual([
      ["conventiesets.1.1", "c1"],
      ["conventiesets.1.2", "c2"],
      ["conventiesets.2.1", "c3"],
      ["berekeningen.1.conventieset", "1"],
      ["berekeningen.3.conventieset", "2"],
    ]);
    expect(auditblokUitRijen(rijen)).toEqual(blok);
  });

  test("one row per calculation: its fields as JSON", () => {
    const rijen = auditblokNaarRijen(klein(), { eenRijPerBerekening: true });
    const res = { eenheid: "uur", model: "uren", afronding: "cent", tarief: "54.7", tariefOnafgerond: "54.7049", kostprijs: "54.7049" };
    expect(rijen.slice(0, KOP.length)).toEqual(KOP);
    expect(rijen.slice(KOP.length).map(([p, v]) => [p, JSON.parse(v)])).toEqual([
      [
        "berekeningen.1",
        {
          naam: "A",
          parameters: { overhead: "0.2" },
          functiemix: [],
          resultaat: res,
          gegevens: [{ omschrijving: "X", status: "secundair", bron: "b", geldigVanaf: "2024-07-01", datasets: [{ id: "cao-x", versie: "v1" }] }],
          conventieset: "1",
        },
      ],
      ["berekeningen.2", { peildatum: "2024-12-01", naam: "B", parameters: {}, functiemix: [{ aandeel: "1" }], resultaat: res, gegevens: [] }],
      ["berekeningen.3", { naam: "C", parameters: {}, functiemix: [], resultaat: res, gegevens: [], conventieset: "1" }],
    ]);
    expect(auditblokUitRijen(rijen)).toEqual(klein());
  });

  test("read back from a sheet: the block written, wherever the header is, up to the first empty path", () => {
    expect(auditblokUitRijen(auditblokNaarRijen(klein()))).toEqual(klein());
    // two columns to the right, below other rows, followed by an empty row and something else
    const blad = [
      ["Tarieven", 1],
      [],
      ...auditblokNaarRijen(klein()).map((r) => [null, "", ...r]),
      [null, null, "", "x"],
      [null, null, "soort", "iets anders"],
    ];
    expect(auditblokUitRijen(blad)).toEqual(klein());
    // the first block counts when there are two
    const tweede = auditblokNaarRijen({ ...klein(), productversie: "9.9.9" });
    expect(auditblokUitRijen([...auditblokNaarRijen(klein()), [], ...tweede]).productversie).toBe("1.2.3");
  });

  test.each([
    ["null", null],
    ["undefined", undefined],
    ["an empty text", ""],
  ])("a path that is %s ends the block", (_naam, leeg) => {
    const rijen: unknown[][] = [...auditblokNaarRijen(klein()), [leeg, "x"], ["extra", "y"]];
    expect(auditblokUitRijen(rijen)).toEqual(klein());
  });

  test("a row without a value cell reads as an empty text", () => {
    const rijen: unknown[][] = auditblokNaarRijen(klein()).map((r) =>
      r[0] === "aangemaakt" ? ["aangemaakt"] : r[0] === "berekeningen.1.gegevens.1.bron" ? [r[0], null] : r,
    );
    const blok = auditblokUitRijen(rijen);
    expect(blok.aangemaakt).toBe("");
    expect(blok.berekeningen[0].gegevens[0].bron).toBe("");
  });

  test("a sheet without the header row", () => {
    const e = fout(() =>
      auditblokUitRijen([
        ["Tarief", 1],
        ["verantwoording", "x"],
      ]),
    );
    expect(e).toBeInstanceOf(NietGevondenFout);
    expect(e.message).toBe("Geen verantwoording gevonden: er is geen rij met 'Verantwoording' in de eerste kolom van het blok.");
    expect(AUDITBLOK_KOP).toBe("Verantwoording");
  });
});

/** The message of the InvoerFout and its parameter. */
function weigering(f: () => unknown): [string, string | undefined] {
  const e = fout(f);
  expect(e).toBeInstanceOf(InvoerFout);
  return [e.message, (e as InvoerFout).details.parameter];
}

const GEWIJZIGD = "De verantwoording is onvolledig of gewijzigd: veld ";
const TOEGESTAAN = "; toegestaan: een verantwoording zoals Reële Tarieven die schrijft (formaat 1).";

describe("refusals of a block read back", () => {
  test("the audit block of a look-up has no tariff to recompute", () => {
    expect(OPZOEKING_SOORT).toBe("reele-tarieven-verantwoording-opzoeking");
    expect(weigering(() => leesAuditblok({ ...klein(), soort: OPZOEKING_SOORT }))).toEqual([
      "Dit is de verantwoording van een opzoeking (rt salaris, index, werkgeverslasten of parameters): die noemt de gegevens en hun versies, maar bevat geen tarief om opnieuw te berekenen; toegestaan: de verantwoording van rt tarief, bereken, regio, verzamel of exporteer.",
      "soort",
    ]);
  });

  test.each([
    ["a missing field", (b: Record<string, unknown>) => delete b.productversie, "'productversie' ontbreekt of heeft een verkeerd type", "productversie"],
    ["another kind", (b: Record<string, unknown>) => (b.soort = "iets"), "'soort' heeft een waarde die niet is toegestaan", "soort"],
    ["another format", (b: Record<string, unknown>) => (b.formaat = "2"), "'formaat' heeft een waarde die niet is toegestaan", "formaat"],
    [
      "a date not as yyyy-mm-dd",
      (b: Record<string, unknown>) => (b.standaardPeildatum = "1-3-2025"),
      "'standaardPeildatum' heeft een ongeldig formaat",
      "standaardPeildatum",
    ],
    ["an empty product version", (b: Record<string, unknown>) => (b.productversie = ""), "'productversie' is te klein of te kort", "productversie"],
    [
      "an unknown field",
      (b: Record<string, unknown>) => Object.assign(b, { extra: 1, ander: 2 }),
      "'(geheel)' bevat een onbekend veld (extra, ander)",
      "verantwoording",
    ],
    [
      "a tariff that is no decimal, in the second calculation",
      (b: Record<string, unknown>) => ((b.berekeningen as Auditblok["berekeningen"])[1].resultaat.tarief = "54,70"),
      "'berekeningen.2.resultaat.tarief' heeft een ongeldig formaat",
      "berekeningen.2.resultaat.tarief",
    ],
  ])("%s", (_naam, wijzig, veld, parameter) => {
    const b = klein() as unknown as Record<string, unknown>;
    wijzig(b);
    expect(weigering(() => leesAuditblok(b))).toEqual([`${GEWIJZIGD}${veld}${TOEGESTAAN}`, parameter]);
  });

  test("no object at all", () => {
    expect(weigering(() => leesAuditblok("tekst"))).toEqual([`${GEWIJZIGD}'(geheel)' ontbreekt of heeft een verkeerd type${TOEGESTAAN}`, "verantwoording"]);
    expect(weigering(() => leesAuditblok(null))).toEqual([`${GEWIJZIGD}'(geheel)' ontbreekt of heeft een verkeerd type${TOEGESTAAN}`, "verantwoording"]);
  });

  test("undefined is no block either", () => {
    expect(weigering(() => leesAuditblok(undefined))).toEqual([`${GEWIJZIGD}'(geheel)' ontbreekt of heeft een verkeerd type${TOEGESTAAN}`, "verantwoording"]);
  });

  test("omitted lists and parameters default to empty", () => {
    const b = klein() as unknown as Record<string, unknown>;
    delete b.datasets;
    delete b.gebruikerstabellen;
    const c = (b.berekeningen as Record<string, unknown>[])[1];
    delete c.parameters;
    delete c.functiemix;
    delete c.gegevens;
    delete c.conventies;
    const blok = leesAuditblok(b);
    expect(blok.datasets).toEqual([]);
    expect(blok.gebruikerstabellen).toEqual([]);
    expect(blok.berekeningen[1]).toEqual({
      naam: "B",
      peildatum: "2024-12-01",
      parameters: {},
      functiemix: [],
      resultaat: klein().berekeningen[1].resultaat,
      gegevens: [],
      conventies: [],
    });
  });

  test("conventiesets that is no list", () => {
    const rijen = auditblokNaarRijen(klein())
      .map((r) => (r[0] === "conventiesets.1.1" ? ["conventiesets", "x"] : r))
      .filter((r) => r[0] !== "conventiesets.1.2");
    expect(weigering(() => auditblokUitRijen(rijen))).toEqual(["De verantwoording is onvolledig of gewijzigd: veld 'conventiesets' is geen lijst.", undefined]);
  });

  test.each([
    ["3", "1 tot en met 1"],
    ["0", "1 tot en met 1"],
    ["a", "1 tot en met 1"],
    // a number, but not written as one: Number("1e0") would find set 1
    ["1e0", "1 tot en met 1"],
  ])("a calculation whose conventieset is '%s'", (set, bereik) => {
    const rijen = auditblokNaarRijen(klein()).map((r): [string, string] => (r[0] === "berekeningen.3.conventieset" ? [r[0], set] : r));
    expect(weigering(() => auditblokUitRijen(rijen))).toEqual([
      `${GEWIJZIGD}'berekeningen.3.conventieset' = '${set}' verwijst naar geen conventieset; toegestaan: ${bereik}.`,
      "berekeningen.3.conventieset",
    ]);
  });

  test("a conventieset without any conventiesets", () => {
    const rijen = auditblokNaarRijen(klein()).filter((r) => !r[0].startsWith("conventiesets"));
    expect(weigering(() => auditblokUitRijen(rijen))[0]).toBe(
      `${GEWIJZIGD}'berekeningen.1.conventieset' = '1' verwijst naar geen conventieset; toegestaan: 1 tot en met 0.`,
    );
  });

  test("a calculation row (one row per calculation) that is no JSON object", () => {
    for (const tekst of ["{kapot", "[1]", "null", "12", ""]) {
      const rijen = auditblokNaarRijen(klein(), { eenRijPerBerekening: true }).map((r): [string, string] => (r[0] === "berekeningen.2" ? [r[0], tekst] : r));
      expect(weigering(() => auditblokUitRijen(rijen))).toEqual([
        `${GEWIJZIGD}'berekeningen.2' is geen berekening (JSON-object zoals Reële Tarieven het schrijft).`,
        "berekeningen.2",
      ]);
    }
  });

  test("a calculation row beside a field 'berekeningen' that is no list", () => {
    const rijen = [...auditblokNaarRijen(klein()).filter((r) => !r[0].startsWith("berekeningen")), ["berekeningen.naam", "A"], ["berekeningen.1", "{}"]];
    expect(weigering(() => auditblokUitRijen(rijen))).toEqual([`${GEWIJZIGD}'berekeningen.1' staat naast een ander veld 'berekeningen'.`, undefined]);
  });

  test("calculations as field rows under a field 'berekeningen' that is no list", () => {
    const rijen = [...auditblokNaarRijen(klein()).filter((r) => !r[0].startsWith("berekeningen")), ["berekeningen.naam", "A"]];
    expect(weigering(() => auditblokUitRijen(rijen))).toEqual([`${GEWIJZIGD}'berekeningen' ontbreekt of heeft een verkeerd type${TOEGESTAAN}`, "berekeningen"]);
  });

  test("only a path that is exactly berekeningen.N holds a calculation as JSON", () => {
    const rijen = [...auditblokNaarRijen(klein()), ["extra.berekeningen.1", "{}"]];
    expect(weigering(() => auditblokUitRijen(rijen))).toEqual([`${GEWIJZIGD}'(geheel)' bevat een onbekend veld (extra)${TOEGESTAAN}`, "verantwoording"]);
  });

  test("twelve calculations with twelve lists of conventions: positions and set numbers of two digits, in both forms", () => {
    const blok = klein();
    const eerste = blok.berekeningen[0];
    blok.berekeningen = Array.from({ length: 12 }, (_, i) => ({ ...eerste, naam: `T${i + 1}`, conventies: [`c${i + 1}`] }));
    const rijen = auditblokNaarRijen(blok);
    expect(rijen).toContainEqual(["berekeningen.12.conventieset", "12"]);
    expect(rijen).toContainEqual(["conventiesets.12.1", "c12"]);
    expect(auditblokUitRijen(rijen)).toEqual(blok);
    // the calculations' rows in reverse order (berekeningen.12 first): the same block
    const kop = rijen.filter(([p]) => !p.startsWith("berekeningen."));
    const achterstevoren = rijen.filter(([p]) => p.startsWith("berekeningen.")).reverse();
    expect(auditblokUitRijen([...kop, ...achterstevoren])).toEqual(blok);
    const eenRij = auditblokNaarRijen(blok, { eenRijPerBerekening: true });
    expect(eenRij[eenRij.length - 1][0]).toBe("berekeningen.12");
    expect(auditblokUitRijen(eenRij)).toEqual(blok);
  });

  test("a path part that only starts or ends with digits is a name, not a position", () => {
    const rijen = [...auditblokNaarRijen(klein()), ["berekeningen.2.parameters.a1", "x"], ["berekeningen.3.parameters.1a", "y"]];
    const blok = auditblokUitRijen(rijen);
    expect(blok.berekeningen[1].parameters).toEqual({ a1: "x" });
    expect(blok.berekeningen[2].parameters).toEqual({ "1a": "y" });
  });

  test("a calculation row and field rows of other calculations go together", () => {
    const rijen = auditblokNaarRijen(klein(), { eenRijPerBerekening: true });
    const los = auditblokNaarRijen(klein()).filter((r) => r[0].startsWith("berekeningen.3."));
    const blok = auditblokUitRijen([...rijen.filter((r) => r[0] !== "berekeningen.3"), ...los]);
    expect(blok).toEqual(klein());
  });

  test.each(["__proto__", "constructor", "prototype"])("a path through '%s' is refused", (deel) => {
    const rijen = [...auditblokNaarRijen(klein()), [`berekeningen.1.${deel}.x`, "1"]];
    expect(weigering(() => auditblokUitRijen(rijen))).toEqual([`De verantwoording bevat een ongeldig veld 'berekeningen.1.${deel}.x'.`, undefined]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test("a number in a path is a position only inside a list", () => {
    // in calculation 1 the parameters already hold overhead (a record): "1" is a parameter named 1, not a position
    const rijen = [...auditblokNaarRijen(klein()), ["berekeningen.1.parameters.1", "x"]];
    expect(auditblokUitRijen(rijen).berekeningen[0].parameters).toEqual({ overhead: "0.2", "1": "x" });
    // where nothing exists yet, a number after a field makes a list: parameters as a list is refused
    const lijst = [...auditblokNaarRijen(klein()), ["berekeningen.2.parameters.1", "x"]];
    expect(weigering(() => auditblokUitRijen(lijst))[0]).toBe(`${GEWIJZIGD}'berekeningen.2.parameters' ontbreekt of heeft een verkeerd type${TOEGESTAAN}`);
  });
});

describe("herbereken", () => {
  const blokVan = (...b: ReturnType<typeof berekening>[]) => maakAuditblok({ ...OPTIES, berekeningen: b }, omgeving());

  test("recomputes every tariff from the block alone, on the block's default peildatum, and finds it equal", () => {
    const o = omgeving();
    const blok = blokVan(berekening("A"), berekening("B", { productiviteit: 0.8 }));
    const uit = herbereken(JSON.parse(JSON.stringify(blok)), o);
    expect(o.gevraagd).toEqual(["2025-03-01"]);
    expect(uit.map((h) => [h.naam, h.gelijk, h.herberekend.tarief.toFixed(2), h.opgeslagen.tarief])).toEqual([
      ["A", true, "54.70", "54.7"],
      // productiviteit 0,80: 45,5874… × 0,75 / 0,80 × 1,20 = 51,2858… → 51,29
      ["B", true, "51.29", "51.29"],
    ]);
    expect(uit[0].opgeslagen).toEqual(blok.berekeningen[0].resultaat);
  });

  test.each([
    ["tarief", "54.71"],
    ["tariefOnafgerond", "54.7"],
    ["kostprijs", "54.7"],
    ["eenheid", "dagdeel"],
  ])("a stored %s that the recomputation does not give is not equal", (veld, waarde) => {
    const blok = blokVan(berekening("A"));
    (blok.berekeningen[0].resultaat as Record<string, string>)[veld] = waarde;
    const [h] = herbereken(blok, omgeving());
    expect(h.gelijk).toBe(false);
    expect(h.herberekend.tarief.toFixed(2)).toBe("54.70");
  });

  test("stored decimals are read as decimals, even where a text would be ambiguous ('2.125'); nee stays nee", () => {
    // materiele_kosten 2,125 per hour: (45,5874… + 2,125) × 1,20 = 57,2549… → 57,25 (overhead over materieel: ja)
    const blok = blokVan(
      berekening("A", { materiele_kosten: new Decimal("2.125"), uren_per_eenheid: new Decimal("1.5") }),
      berekening("B", { overhead_over_materieel: false, materiele_kosten: 3 }),
    );
    expect(blok.berekeningen[0].parameters.materiele_kosten).toBe("2.125");
    const uit = herbereken(blok, omgeving());
    expect(uit.map((h) => [h.gelijk, h.herberekend.tarief.toFixed(2)])).toEqual([
      [true, blok.berekeningen[0].resultaat.tarief.replace(/^(\d+\.\d)$/, "$10")],
      [true, blok.berekeningen[1].resultaat.tarief.replace(/^(\d+\.\d)$/, "$10")],
    ]);
    expect(uit[1].herberekend.conventies).toContain("Overhead over materiële kosten: nee");
  });

  test("each kind of stored number is read as that number: a fraction out of range is refused as 1,125, not as an ambiguous text", () => {
    // uren_per_eenheid 1,125 (getal) and materiele_kosten 12,125 (bedrag) would be ambiguous as Dutch text
    // (45,5874… × 1,125 + 12,125) × 1,20 = 76,0930… → 76,09
    const blok = blokVan(berekening("A", { uren_per_eenheid: new Decimal("1.125"), materiele_kosten: new Decimal("12.125") }));
    expect(blok.berekeningen[0].parameters).toMatchObject({ uren_per_eenheid: "1.125", materiele_kosten: "12.125" });
    const [h] = herbereken(blok, omgeving());
    expect([h.gelijk, h.herberekend.tarief.toFixed(2)]).toEqual([true, "76.09"]);
    blok.berekeningen[0].parameters.overhead = "1.125";
    expect(weigering(() => herbereken(blok, omgeving()))[0]).toBe(
      "overhead = 1,125 ligt buiten het toegestane bereik: 0% tot en met 100% (als fractie: 0 ≤ overhead ≤ 1; 8% = 0,08).",
    );
  });

  test.each([
    ["x2.125", "materiele_kosten = 'x2.125' is geen bedrag; toegestaan: 0 ≤ materiele_kosten ≤ 1.000.000 (€ per eenheid)."],
    ["2.125x", "materiele_kosten = '2.125x' is geen bedrag; toegestaan: 0 ≤ materiele_kosten ≤ 1.000.000 (€ per eenheid)."],
  ])("a stored number with other characters ('%s') goes to the reader as text and is refused in Dutch", (tekst, melding) => {
    const blok = blokVan(berekening("A"));
    blok.berekeningen[0].parameters.materiele_kosten = tekst;
    expect(weigering(() => herbereken(blok, omgeving()))[0]).toBe(melding);
  });

  test("a stored whole number is a number too: a negative salary is refused as -5, not as the text '-5'", () => {
    const blok = blokVan(berekening("A"));
    blok.berekeningen[0].parameters.maandsalaris = "-5";
    expect(weigering(() => herbereken(blok, omgeving()))[0]).toBe(
      "maandsalaris = -5 ligt buiten het toegestane bereik: 0 < maandsalaris ≤ 50.000 (€ per maand).",
    );
  });

  test("an unknown parameter name in the block is refused by the reader, with a suggestion", () => {
    const blok = blokVan(berekening("A"));
    blok.berekeningen[0].parameters.overhed = "0.2";
    expect(weigering(() => herbereken(blok, omgeving()))[0]).toMatch(/^Onbekende parameter 'overhed'\. Bedoelt u 'overhead'\?/);
  });

  test("a text parameter that looks like a number stays text: trede 5 on the shipped data recomputes equal", () => {
    const o = gegevensOmgeving();
    const parameters = leesParameterObject({
      cao: "Sociaal Werk",
      schaal: "Schaal 8",
      trede: "5",
      sociale_lasten: 0.2,
      pensioenpremie: 0.13,
      productiviteit: 0.75,
      overhead: 0.2,
    });
    const r = berekenTarief({ parameters }, o.context("2025-01-01"));
    const blok = maakAuditblok(
      { ...OPTIES, standaardPeildatum: "2025-01-01", berekeningen: [{ naam: "SW 8/5", invoer: { parameters }, resultaat: auditResultaat(r) }] },
      o,
    );
    expect(blok.berekeningen[0].parameters.trede).toBe("5");
    // 24,19 × 156 = 3.773,64 per month; × 12 × 1,16964 × 1,33 / 1.404 × 1,20 = 60,2087… → 60,21
    const [h] = herbereken(JSON.parse(JSON.stringify(blok)), o);
    expect([h.gelijk, h.herberekend.tarief.toFixed(2)]).toEqual([true, "60.21"]);
  });

  test("a refused functiemix value names its row (1-based)", () => {
    const parameters = leesParameterObject({ sociale_lasten: 0.18, pensioenpremie: 0.13, productiviteit: 0.75, overhead: 0.2 });
    const mix = [0.5, 0.5].map((aandeel, i) =>
      leesFunctieWaarden([
        { naam: "aandeel", waarde: aandeel, rij: i + 1 },
        { naam: "maandsalaris", waarde: 3500, rij: i + 1 },
      ]),
    );
    const r = berekenTarief({ parameters, functiemix: mix }, { vandaag: "2025-01-01" });
    const blok = maakAuditblok({ ...OPTIES, berekeningen: [{ naam: "M", invoer: { parameters, functiemix: mix }, resultaat: auditResultaat(r) }] }, omgeving());
    blok.berekeningen[0].functiemix[1].aandeel = "abc";
    const e = fout(() => herbereken(blok, omgeving()));
    expect(e).toBeInstanceOf(InvoerFout);
    expect((e as InvoerFout).details).toEqual({ parameter: "aandeel", waarde: "abc", rij: 2 });
  });

  test("a functiemix is recomputed from its text rows", () => {
    const parameters = leesParameterObject({ sociale_lasten: 0.18, pensioenpremie: 0.13, productiviteit: 0.75, overhead: 0.2 });
    const mix = [
      leesFunctieWaarden([
        { naam: "aandeel", waarde: 0.5, rij: 1 },
        { naam: "maandsalaris", waarde: 3800, rij: 1 },
      ]),
      leesFunctieWaarden([
        { naam: "aandeel", waarde: 0.5, rij: 2 },
        { naam: "maandsalaris", waarde: 3200, rij: 2 },
      ]),
    ];
    const r = berekenTarief({ parameters, functiemix: mix }, { vandaag: "2025-01-01" });
    const blok = maakAuditblok({ ...OPTIES, berekeningen: [{ naam: "M", invoer: { parameters, functiemix: mix }, resultaat: auditResultaat(r) }] }, omgeving());
    const [h] = herbereken(blok, omgeving());
    // halves at 3.800 and 3.200 average 3.500: the same 54,70 as one employee at 3.500
    expect(blok.berekeningen[0].functiemix).toEqual([
      { aandeel: "0.5", maandsalaris: "3800" },
      { aandeel: "0.5", maandsalaris: "3200" },
    ]);
    expect([h.gelijk, h.herberekend.tarief.toFixed(2)]).toEqual([true, "54.70"]);
    expect(h.herberekend.conventies.slice(0, 2).map((c) => c.slice(0, 15))).toEqual(["functie 1 (50%)", "functie 2 (50%)"]);
  });

  test("refuses when a user table the block names is missing or another version", () => {
    const blok = blokVan(berekening("A"));
    const gemist = fout(() => herbereken(blok, omgeving({ tabellen: [] })));
    expect(gemist).toBeInstanceOf(NietGevondenFout);
    expect(gemist.message).toBe(
      "De verantwoording gebruikt de eigen CAO-tabel 'Eigen CAO' geldig vanaf 2025-01-01 (status gebruiker, versie e1, bron eigen.xlsx); die tabel is niet meegegeven. Geef precies dezelfde tabel mee (bij rt: --tabel <bestand>) om opnieuw te rekenen.",
    );
    const ander = fout(() => herbereken(blok, omgeving({ tabellen: [{ ...EIGEN, versie: "e2" }] })));
    expect(ander).toBeInstanceOf(NietGevondenFout);
    expect(ander.message).toBe(
      "De verantwoording gebruikt de eigen CAO-tabel 'Eigen CAO' geldig vanaf 2025-01-01 (status gebruiker, versie e1, bron eigen.xlsx); de meegegeven tabel is een andere versie (e2). Geef precies dezelfde tabel mee (bij rt: --tabel <bestand>) om opnieuw te rekenen.",
    );
    expect((ander as NietGevondenFout).details).toEqual({ parameter: "cao", waarde: "Eigen CAO" });
    // another user table besides the same one is fine
    expect(herbereken(blok, omgeving({ tabellen: [{ ...EIGEN, id: "gebruiker:Ander:2025-01-01", versie: "z" }, EIGEN] }))[0].gelijk).toBe(true);
  });

  test("refuses when a dataset a cited figure came from is missing or another version; user tables are checked above, not here", () => {
    const blok = blokVan(berekening("A"), berekening("B", {}, [TABEL, OUD]));
    expect(weigering(() => herbereken(blok, omgeving({ datasets: [{ id: "cao-x", versie: "v1" }] })))).toEqual([
      "'B' is berekend met gegevensset 'premies-y' versie v2; deze Reële Tarieven heeft die gegevensset niet. Opnieuw rekenen met andere referentiegegevens zou een ander getal kunnen geven; gebruik de productversie uit de verantwoording.",
      "gegevens",
    ]);
    expect(
      weigering(() =>
        herbereken(
          blok,
          omgeving({
            datasets: [
              { id: "cao-x", versie: "v9" },
              { id: "premies-y", versie: "v2" },
            ],
          }),
        ),
      )[0],
    ).toBe(
      "'B' is berekend met gegevensset 'cao-x' versie v1; deze Reële Tarieven heeft versie v9. Opnieuw rekenen met andere referentiegegevens zou een ander getal kunnen geven; gebruik de productversie uit de verantwoording.",
    );
    // the user table (gebruiker:…) is no dataset: with both datasets at their versions it recomputes
    expect(herbereken(blok, omgeving()).map((h) => h.gelijk)).toEqual([true, true]);
  });

  test("refuses a block that does not validate before recomputing anything", () => {
    const o = omgeving();
    expect(weigering(() => herbereken({ ...klein(), formaat: "2" }, o))[1]).toBe("formaat");
    expect(o.gevraagd).toEqual([]);
  });
});

describe("verantwoordingTekst", () => {
  test("the version line names each dataset once (with the status of its first figure) and the user tables; per calculation its parameters and conventions", () => {
    const blok = klein();
    blok.berekeningen[2].gegevens = [
      {
        omschrijving: "Y",
        status: "afgeleid",
        bron: "c",
        geldigVanaf: "2023-01-01",
        datasets: [
          { id: "premies-y", versie: "v2" },
          { id: "cao-x", versie: "v1" },
        ],
      },
    ];
    blok.berekeningen[1].functiemix = [
      { aandeel: "0.6", maandsalaris: "3800" },
      { aandeel: "0.4", maandsalaris: "3000" },
    ];
    blok.berekeningen[1].parameters = { overhead: "0.2", eenheid: "uur" };
    blok.gebruikerstabellen = [EIGEN, { ...EIGEN, cao: "Tweede", geldigVanaf: "2024-01-01", versie: "t2" }];
    expect(verantwoordingTekst(blok)).toEqual([
      "Verantwoording: Reële Tarieven 1.2.3; standaard peildatum 2025-03-01; gegevens: cao-x (versie v1, secundair), premies-y (versie v2, afgeleid); eigen tabellen: Eigen CAO 2025-01-01 (gebruiker, versie e1), Tweede 2024-01-01 (gebruiker, versie t2)",
      "  A (peildatum 2025-03-01): overhead=0.2",
      "    conventies: c1; c2",
      "  B (peildatum 2024-12-01): overhead=0.2; eenheid=uur; functiemix: aandeel=0.6, maandsalaris=3800 | aandeel=0.4, maandsalaris=3000",
      "    conventies: ",
      "  C (peildatum 2025-03-01): ",
      "    conventies: c1; c2",
    ]);
  });

  test("without figures looked up and without user tables", () => {
    const blok = { ...klein(), berekeningen: [] };
    expect(verantwoordingTekst(blok)).toEqual([
      "Verantwoording: Reële Tarieven 1.2.3; standaard peildatum 2025-03-01; gegevens: geen opgezocht (alle bedragen opgegeven)",
    ]);
  });
});

describe("two rows for the same place in the block are refused, never one silently replacing the other", () => {
  test("the same field twice", () => {
    const rijen = auditblokNaarRijen(klein());
    const dubbel = rijen.find((r) => r[0] === "berekeningen.1.parameters.overhead")!;
    expect(weigering(() => auditblokUitRijen([...rijen, [dubbel[0], "0.3"]]))).toEqual([
      "De verantwoording is onvolledig of gewijzigd: veld 'berekeningen.1.parameters.overhead' staat er meer dan één keer in; elk veld staat er één keer in.",
      "berekeningen.1.parameters.overhead",
    ]);
  });

  test("a field with a value and then parts of it (was a TypeError in English: a property on a text)", () => {
    const rijen = [...auditblokNaarRijen(klein()), ["berekeningen.1.parameters.overhead.x", "1"]];
    expect(weigering(() => auditblokUitRijen(rijen))).toEqual([
      "De verantwoording is onvolledig of gewijzigd: veld 'berekeningen.1.parameters.overhead' heeft een waarde en ook losse onderdelen (rij 'berekeningen.1.parameters.overhead.x'); elk veld staat er één keer in.",
      "berekeningen.1.parameters.overhead",
    ]);
  });

  test("parts of a field and then a value for the whole field", () => {
    const rijen = [...auditblokNaarRijen(klein()), ["berekeningen.1.parameters", "x"]];
    expect(weigering(() => auditblokUitRijen(rijen))).toEqual([
      "De verantwoording is onvolledig of gewijzigd: veld 'berekeningen.1.parameters' heeft een waarde en ook losse onderdelen (rij 'berekeningen.1.parameters'); elk veld staat er één keer in.",
      "berekeningen.1.parameters",
    ]);
  });

  test("a calculation stored as one row and again as field rows, in either order", () => {
    const eenRij = auditblokNaarRijen(klein(), { eenRijPerBerekening: true }).find((r) => r[0] === "berekeningen.1")!;
    const los = auditblokNaarRijen(klein());
    const melding =
      "De verantwoording is onvolledig of gewijzigd: veld 'berekeningen.1' heeft een waarde en ook losse onderdelen (rij 'berekeningen.1'); elk veld staat er één keer in.";
    expect(weigering(() => auditblokUitRijen([...los, eenRij]))).toEqual([melding, "berekeningen.1"]);
    const veldVan1 = los.find((r) => r[0].startsWith("berekeningen.1."))!;
    const vooraf = [...auditblokNaarRijen(klein(), { eenRijPerBerekening: true }), veldVan1];
    expect(weigering(() => auditblokUitRijen(vooraf))[0]).toMatch(/^De verantwoording is onvolledig of gewijzigd: veld 'berekeningen\.1\.[a-zA-Z]+'/);
  });

  test("a field named like an inherited property (toString) is an ordinary new field", () => {
    const rijen = [...auditblokNaarRijen(klein()), ["berekeningen.2.parameters.toString", "x"]];
    expect(auditblokUitRijen(rijen).berekeningen[1].parameters).toEqual({ toString: "x" });
  });
});
