/**
 * The template "Scenario's en budget" for policy staff: a region workbook (the sheets and header rows of
 * ./regio-bladen.ts, the layout rt regio reads) with empty input rows — products with their norm parameters, norm
 * staffing and CAO mapping, scenarios, volumes per municipality, budget ceilings and index figures. Berekenen
 * in the task pane compares the scenarios and computes the budget per municipality and year.
 */
import { PRODUCT_META } from "../core/regio-bereik";
import { DEFINITIE_PER_NAAM } from "../core/parameters/definities";
import {
  FORMAAT,
  kenmerkBlad,
  kenmerkNamen,
  invoerTabel,
  kolomLetter,
  parameterInvoer,
  parameterOpmerking,
  type SjabloonBlad,
  type SjabloonCel,
  type SjabloonDefinitie,
} from "./definities";
import { REGIO_BLADEN } from "./regio-bladen";

/** The parameter columns offered on the sheet Producten (any canonical parameter may be added as a column). */
export const BUDGET_PARAMETERS = [
  "eenheid",
  "peildatum",
  "productiviteit",
  "overhead",
  "risico_opslag",
  "sociale_lasten",
  "pensioenpremie",
  "uren_per_eenheid",
  "begeleiders",
  "groepsgrootte",
  "bezettingsgraad",
  "materiele_kosten",
  "administratie_uren_per_eenheid",
  "administratie_kosten_per_eenheid",
] as const;

interface Kolom {
  kop: string;
  opmerking?: string;
  invoer?: Pick<SjabloonCel, "formaat" | "validatie">;
  breedte?: number;
}

/** A sheet with one header row and `rijen` empty input rows. */
function tabelBlad(naam: string, kolommen: readonly Kolom[], rijen: number): SjabloonBlad {
  const cellen: SjabloonCel[] = kolommen.map((k, i) => ({ adres: `${kolomLetter(i + 1)}1`, waarde: k.kop, stijl: "kop" as const, opmerking: k.opmerking }));
  for (let r = 2; r <= rijen + 1; r++)
    kolommen.forEach((k, i) => cellen.push({ adres: `${kolomLetter(i + 1)}${r}`, stijl: "invoer", ...(k.invoer ?? { formaat: FORMAAT.tekst }) }));
  return {
    naam,
    kolombreedtes: kolommen.map((k) => k.breedte ?? 18),
    bevroren: { rijen: 1, kolommen: 0 },
    tabellen: [invoerTabel(tabelNaam(naam), kolommen.length, rijen)],
    cellen,
  };
}

/** The table name of a region sheet: "CAO-indeling" → "RT_CAO_indeling", "Scenario's" → "RT_Scenarios". */
export function tabelNaam(blad: string): string {
  return `RT_${blad.replace(/'/g, "").replace(/[^A-Za-z0-9_]/g, "_")}`;
}

const getal = (min = 0): Pick<SjabloonCel, "formaat" | "validatie"> => ({ formaat: FORMAAT.getal, validatie: { soort: "decimaal", min } });
const euro: Pick<SjabloonCel, "formaat" | "validatie"> = { formaat: FORMAAT.euro, validatie: { soort: "decimaal", min: 0 } };
const jaar: Pick<SjabloonCel, "formaat" | "validatie"> = { formaat: FORMAAT.geheel, validatie: { soort: "geheel", min: 2000, max: 2100 } };

function parameterKolom(naam: string): Kolom {
  const def = DEFINITIE_PER_NAAM.get(naam)!;
  return { kop: naam, opmerking: parameterOpmerking(def), invoer: parameterInvoer(def), breedte: 16 };
}

/** The region settings: name, reference CAO, first year (the reader allows only the columns naam and waarde: the explanation is the comment). */
function regioBlad(aanbieders = false): SjabloonBlad {
  const rijen: [string, string, Pick<SjabloonCel, "formaat" | "validatie">][] = [
    ["naam", "Naam van de regio.", { formaat: FORMAAT.tekst }],
    [
      "referentie_cao",
      "De CAO waaronder de regio haar normtarieven rekent (bijv. Sociaal Werk); staat ook op het blad CAO-indeling.",
      { formaat: FORMAAT.tekst },
    ],
    ["beginjaar", "Het eerste jaar van het budget; de jaren daarna worden geïndexeerd met het blad Indexcijfers.", jaar],
  ];
  if (aanbieders)
    rijen.push(
      ["aanbieder_specifiek_product", "Het product waarvoor elke aanbieder een eigen tarief krijgt uit zijn inzending.", { formaat: FORMAAT.tekst }],
      [
        "aanbieder_specifiek_parameters",
        "De parameters die aan de bandbreedte worden getoetst, gescheiden door ; (bijv. productiviteit; overhead; risico_opslag).",
        { formaat: FORMAAT.tekst },
      ],
    );
  const cellen: SjabloonCel[] = [
    { adres: "A1", waarde: "naam", stijl: "kop" },
    { adres: "B1", waarde: "waarde", stijl: "kop" },
  ];
  rijen.forEach(([n, uitleg, invoer], i) =>
    cellen.push({ adres: `A${i + 2}`, waarde: n, stijl: "kop" }, { adres: `B${i + 2}`, stijl: "invoer", ...invoer, opmerking: uitleg }),
  );
  return { naam: REGIO_BLADEN.regio, kolombreedtes: [18, 30], tabellen: [invoerTabel(tabelNaam(REGIO_BLADEN.regio), 2, rijen.length)], cellen };
}

export function budgetSjabloon(): SjabloonDefinitie {
  const B = REGIO_BLADEN;
  const productKolommen: Kolom[] = PRODUCT_META.map((k) => ({
    kop: k,
    breedte: k === "product" ? 30 : 16,
    opmerking:
      k === "product"
        ? "Productnaam, uniek in de regio."
        : k === "segment"
          ? "Code van het segment (blad Segmenten)."
          : k === "financieringsvorm"
            ? "pxq, trajectprijs of lumpsum."
            : undefined,
    invoer:
      k === "financieringsvorm"
        ? { validatie: { soort: "lijst", waarden: ["pxq", "trajectprijs", "lumpsum"] } }
        : k === "verwachte_eenheden" || k === "vaste_component" || k === "lumpsum"
          ? getal()
          : undefined,
  }));
  return {
    soort: "budget",
    versie: 1,
    titel: "Reële Tarieven — scenario's en budget",
    omschrijving: "Scenario's vergelijken en het budget per gemeente en jaar berekenen, met indexatie en budgetplafonds.",
    bladen: [
      kenmerkBlad("budget", "Reële Tarieven — scenario's en budget", [
        "1. Blad Regio: naam, referentie-CAO en beginjaar. Bladen Gemeenten en Segmenten: de gemeenten en segmentcodes.",
        "2. Blad Producten: per rij een product met segment, financieringsvorm en de normparameters (percentages als 20% of 0,2).",
        "3. Bladen Normbezetting en CAO-indeling: per product de functieniveaus met hun aandeel, en per CAO de schaal en trede van elk niveau.",
        "4. Blad Scenario's: per rij een wijziging (scenario, omschrijving, product of leeg voor alle producten, parameter, waarde).",
        "5. Bladen Volumes, Plafonds en Indexcijfers: volume per gemeente en product, budgetplafond per gemeente en segment, index per jaar.",
        "Kies daarna in het taakvenster Controleren en Berekenen; de grafieken volgen na Berekenen.",
      ]),
      regioBlad(),
      tabelBlad(B.gemeenten, [{ kop: "gemeente", breedte: 28 }], 20),
      tabelBlad(
        B.segmenten,
        [
          { kop: "code", breedte: 10 },
          { kop: "naam", breedte: 30 },
        ],
        20,
      ),
      tabelBlad(B.producten, [...productKolommen, ...BUDGET_PARAMETERS.map(parameterKolom)], 30),
      tabelBlad(
        B.normbezetting,
        [
          { kop: "product", breedte: 30 },
          { kop: "niveau", breedte: 26 },
          { kop: "aandeel", invoer: { formaat: FORMAAT.procent, validatie: { soort: "decimaal", min: 0, max: 1 } } },
        ],
        60,
      ),
      tabelBlad(B.caoIndeling, [{ kop: "cao", breedte: 24 }, { kop: "niveau", breedte: 26 }, { kop: "schaal" }, { kop: "trede", invoer: getal() }], 30),
      tabelBlad(
        B.scenarios,
        [
          { kop: "scenario", breedte: 26 },
          { kop: "omschrijving", breedte: 40 },
          { kop: "product", breedte: 28 },
          { kop: "parameter", breedte: 22 },
          { kop: "waarde", invoer: { formaat: FORMAAT.getal } },
        ],
        30,
      ),
      tabelBlad(
        B.volumes,
        [
          { kop: "gemeente", breedte: 24 },
          { kop: "product", breedte: 30 },
          { kop: "volume", invoer: getal() },
        ],
        150,
      ),
      tabelBlad(B.plafonds, [{ kop: "gemeente", breedte: 24 }, { kop: "segment" }, { kop: "plafond", invoer: euro }, { kop: "jaar", invoer: jaar }], 30),
      tabelBlad(
        B.indexcijfers,
        [
          { kop: "jaar", invoer: jaar },
          { kop: "index", invoer: { formaat: FORMAAT.procent, validatie: { soort: "decimaal", min: -0.5, max: 0.5 } } },
        ],
        10,
      ),
    ],
    namen: kenmerkNamen(),
  };
}

/** The provider columns of the sheet Aanbieders (CAO, and the micro-enterprise figures with one partner). */
const AANBIEDER_KOLOMMEN = [
  "aanbieder",
  "cao",
  "personeel",
  "jaaromzet",
  "balanstotaal",
  "partner_personeel",
  "partner_jaaromzet",
  "partner_balanstotaal",
  "partner_aandeel",
];
/** The parameters a submission usually gives (any canonical parameter may be added as a column). */
export const INZENDING_PARAMETERS = ["productiviteit", "overhead", "risico_opslag", "sociale_lasten", "pensioenpremie", "materiele_kosten"] as const;

/**
 * The template "Bandbreedte en toetsing": a region workbook with the providers and their submissions; Berekenen
 * derives the bandwidth (P25–P75) per parameter, checks every submission and computes the provider-specific tariffs.
 */
export function bandbreedteSjabloon(): SjabloonDefinitie {
  const B = REGIO_BLADEN;
  const budget = budgetSjabloon();
  const blad = (naam: string) => budget.bladen.find((b) => b.naam === naam)!;
  return {
    soort: "bandbreedte",
    versie: 1,
    titel: "Reële Tarieven — bandbreedte en toetsing",
    omschrijving: "Inzendingen van aanbieders → bandbreedte per parameter → toetsing en aanbieder-specifieke tarieven.",
    bladen: [
      kenmerkBlad("bandbreedte", "Reële Tarieven — bandbreedte en toetsing", [
        "1. Blad Regio: naam, referentie-CAO, het aanbieder-specifieke product en de te toetsen parameters (gescheiden door ;).",
        "2. Bladen Gemeenten, Segmenten, Producten, Normbezetting en CAO-indeling: zoals in Scenario's en budget.",
        "3. Blad Aanbieders: per aanbieder de CAO (en voor de micro-toets personeel, jaaromzet, balanstotaal).",
        "4. Blad Inzendingen: per rij een aanbieder, product en de ingediende parameters; blad Onderbouwingen: waarom een waarde afwijkt.",
        "Kies daarna in het taakvenster Controleren en Berekenen.",
      ]),
      regioBlad(true),
      blad(B.gemeenten),
      blad(B.segmenten),
      blad(B.producten),
      blad(B.normbezetting),
      blad(B.caoIndeling),
      tabelBlad(
        B.aanbieders,
        AANBIEDER_KOLOMMEN.map((k, i) => ({
          kop: k,
          breedte: i === 0 ? 30 : 16,
          invoer: i < 2 ? undefined : k.endsWith("aandeel") ? { formaat: FORMAAT.procent } : getal(),
        })),
        20,
      ),
      tabelBlad(B.inzendingen, [{ kop: "aanbieder", breedte: 30 }, { kop: "product", breedte: 28 }, ...INZENDING_PARAMETERS.map(parameterKolom)], 60),
      tabelBlad(
        B.onderbouwingen,
        [
          { kop: "aanbieder", breedte: 30 },
          { kop: "product", breedte: 28 },
          { kop: "parameter", breedte: 22 },
          { kop: "onderbouwing", breedte: 80 },
        ],
        40,
      ),
    ],
    namen: kenmerkNamen(),
  };
}
