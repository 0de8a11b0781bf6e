/**
 * Deterministic benchmark inputs: a seeded PRNG (mulberry32) draws varied parameter sets — salary, premiums,
 * productivity and its convention, unit, group size, occupancy, material cost, overhead convention, risk and
 * rounding rule. Each input exists in two shapes:
 *   - `bereik`: the 20-row [name, value] range exactly as Excel hands it to RT.TARIEF (numbers as JS numbers,
 *     choices as text, WAAR/ONWAAR as booleans);
 *   - `num`: the same values as plain numbers, for the float64 chain and the spreadsheet formulas.
 */

/** mulberry32: tiny, fast, deterministic 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Eenheid = "uur" | "dagdeel" | "minuut";
export type Afronding = "cent" | "euro" | "zestigvoud";

/** One input as plain numbers (codes for the choices), in the order of the spreadsheet's input columns. */
export interface NumInvoer {
  maandsalaris: number;
  vakantietoeslag: number;
  eindejaarsuitkering: number;
  ort: number;
  sociale_lasten: number;
  pensioenpremie: number;
  pensioen_franchise: number;
  overige_personeelskosten: number;
  uren_per_week: number;
  /** the value of `productiviteit` as given (a deduction when afslag = 1) */
  productiviteit: number;
  /** 1 = productiviteit_basis 'afslag', 0 = 'betaalde_uren' */
  afslag: 0 | 1;
  eenheid: Eenheid;
  /** staff hours per unit implied by the unit (uur 1, dagdeel 4, minuut 1/60) */
  uren_per_eenheid: number;
  groepsgrootte: number;
  bezettingsgraad: number;
  materiele_kosten: number;
  overhead: number;
  /** 1 = overhead_conventie 'aandeel', 0 = 'opslag' */
  aandeel: 0 | 1;
  /** 1 = overhead also over material cost */
  overhead_over_materieel: 0 | 1;
  risico_opslag: number;
  afronding: Afronding;
}

export interface BenchInvoer {
  bereik: unknown[][];
  num: NumInvoer;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

function kies<T>(rnd: () => number, opties: readonly T[]): T {
  return opties[Math.floor(rnd() * opties.length)];
}

/** Draws one varied input. */
export function trekInvoer(rnd: () => number): BenchInvoer {
  const eenheid = kies<Eenheid>(rnd, ["uur", "uur", "dagdeel", "dagdeel", "minuut"]);
  const afslag: 0 | 1 = rnd() < 0.2 ? 1 : 0;
  const aandeel: 0 | 1 = rnd() < 0.3 ? 1 : 0;
  const num: NumInvoer = {
    maandsalaris: round(2000 + rnd() * 4000, 2),
    vakantietoeslag: kies(rnd, [0.08, 0.08, 0.0796]),
    eindejaarsuitkering: kies(rnd, [0.0833, 0.0833, 0.083, 0.05, 0.1]),
    ort: kies(rnd, [0, 0, 0, 0.05, 0.12]),
    sociale_lasten: round(0.15 + rnd() * 0.1, 4),
    pensioenpremie: round(0.1 + rnd() * 0.06, 4),
    pensioen_franchise: kies(rnd, [0, 0, 0, 17545, 19172.56]),
    overige_personeelskosten: kies(rnd, [0, 0, 500, 1250.5]),
    uren_per_week: kies(rnd, [36, 36, 38, 40, 32]),
    productiviteit: afslag ? round(0.1 + rnd() * 0.3, 2) : round(0.6 + rnd() * 0.3, 3),
    afslag,
    eenheid,
    uren_per_eenheid: eenheid === "uur" ? 1 : eenheid === "dagdeel" ? 4 : 1 / 60,
    groepsgrootte: eenheid === "dagdeel" ? 1 + Math.floor(rnd() * 12) : 1,
    bezettingsgraad: eenheid === "dagdeel" ? round(0.7 + rnd() * 0.3, 2) : 1,
    materiele_kosten: eenheid === "minuut" ? 0 : round(rnd() * 20, 2),
    overhead: round(0.1 + rnd() * 0.2, 3),
    aandeel,
    overhead_over_materieel: rnd() < 0.8 ? 1 : 0,
    risico_opslag: round(rnd() * 0.05, 3),
    afronding: kies<Afronding>(rnd, ["cent", "cent", "cent", "cent", "euro", "zestigvoud"]),
  };
  return { num, bereik: naarBereik(num) };
}

/** A real zero as the user types it where a blank cell and 0 differ (docs/excel.md §5): the word 'geen'. */
const echteNul = (x: number): number | string => (x === 0 ? "geen" : x);

/** The 20-row parameter range as Excel delivers it (raw 2-D array, numbers as JS numbers). */
export function naarBereik(n: NumInvoer): unknown[][] {
  return [
    ["maandsalaris", n.maandsalaris],
    ["vakantietoeslag", echteNul(n.vakantietoeslag)],
    ["eindejaarsuitkering", echteNul(n.eindejaarsuitkering)],
    ["ort", n.ort],
    ["sociale_lasten", echteNul(n.sociale_lasten)],
    ["pensioenpremie", echteNul(n.pensioenpremie)],
    ["pensioen_franchise", n.pensioen_franchise],
    ["overige_personeelskosten", n.overige_personeelskosten],
    ["uren_per_week", n.uren_per_week],
    ["productiviteit", n.productiviteit],
    ["productiviteit_basis", n.afslag ? "afslag" : "betaalde_uren"],
    ["eenheid", n.eenheid],
    ["groepsgrootte", n.groepsgrootte],
    ["bezettingsgraad", n.bezettingsgraad],
    ["materiele_kosten", n.materiele_kosten],
    ["overhead", echteNul(n.overhead)],
    ["overhead_conventie", n.aandeel ? "aandeel" : "opslag"],
    ["overhead_over_materieel", n.overhead_over_materieel === 1],
    ["risico_opslag", n.risico_opslag],
    ["afronding", n.afronding],
  ];
}

/** n distinct-by-construction inputs from a seed (same seed → same inputs). */
export function genereerInvoer(n: number, seed = 20251123): BenchInvoer[] {
  const rnd = mulberry32(seed);
  const uit: BenchInvoer[] = new Array(n);
  for (let i = 0; i < n; i++) uit[i] = trekInvoer(rnd);
  return uit;
}

/**
 * Inputs whose exact tariff lies exactly on a half cent (a tie for ROUND), to show what exact decimals are for:
 * no surcharges, 40 hours (H = 2,080), productivity 1, per hour, no overhead, risk or material cost, and a salary
 * S = 2.6 × (2k + 1), so the tariff before rounding is S × 12 / 2,080 = 0.015 × (2k + 1) — always x.xx5.
 */
export function genereerGrensgevallen(n: number, seed = 555): BenchInvoer[] {
  const rnd = mulberry32(seed);
  const uit: BenchInvoer[] = [];
  for (let i = 0; i < n; i++) {
    const k = 385 + Math.floor(rnd() * 770); // salaries from about € 2,000 to € 6,000
    const num: NumInvoer = {
      maandsalaris: round(2.6 * (2 * k + 1), 2),
      vakantietoeslag: 0,
      eindejaarsuitkering: 0,
      ort: 0,
      sociale_lasten: 0,
      pensioenpremie: 0,
      pensioen_franchise: 0,
      overige_personeelskosten: 0,
      uren_per_week: 40,
      productiviteit: 1,
      afslag: 0,
      eenheid: "uur",
      uren_per_eenheid: 1,
      groepsgrootte: 1,
      bezettingsgraad: 1,
      materiele_kosten: 0,
      overhead: 0,
      aandeel: 0,
      overhead_over_materieel: 1,
      risico_opslag: 0,
      afronding: "cent",
    };
    uit.push({ num, bereik: naarBereik(num) });
  }
  return uit;
}
