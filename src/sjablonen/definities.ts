/**
 * Template layouts as data (pure: no exceljs, no Office): the workbooks a region sends out and fills in.
 * One definition per template, written by the command line (exceljs, ./exceljs.ts) and by the task pane
 * (Excel.RequestContext) so both produce the same sheets, names, formats, lists, comments and formulas.
 *
 * Formulas are in invariant (English) syntax with comma separators, as exceljs and office.js `formulas` expect;
 * they are native Excel functions only (no RT.*), so a template works in Excel or LibreOffice without the add-in.
 *
 * Every template carries its kind and version in the sheet "Sjabloon" (cells B3, B4; defined names
 * RT_SJABLOON_SOORT, RT_SJABLOON_VERSIE), so a reader can refuse a template of another version.
 */
import { DEFINITIE_PER_NAAM, FUNCTIEMIX_KOLOMMEN, PARAMETER_DEFINITIES, type ParameterDefinitie } from "../core/parameters/definities";
import { NUL_DUBBELZINNIG, WOORD_NIET_GEGEVEN } from "../core/parameters/cellen";

export const SJABLOON_SOORTEN = ["kostprijs", "regio"] as const;
export type SjabloonSoort = (typeof SJABLOON_SOORTEN)[number];

/** Bumped whenever a layout changes in a way a reader must know about. */
export const SJABLOON_VERSIE = 1;

export type CelStijl = "titel" | "kop" | "invoer" | "berekend" | "toelichting";

export type Validatie =
  { soort: "lijst"; waarden: readonly string[] } | { soort: "decimaal"; min?: number; max?: number } | { soort: "geheel"; min?: number; max?: number };

export interface SjabloonCel {
  /** A1 address on the sheet */
  adres: string;
  waarde?: string | number | boolean;
  /** native Excel formula without the leading "=" (English names, comma separators) */
  formule?: string;
  stijl?: CelStijl;
  /** Excel number format, e.g. "0.00%" */
  formaat?: string;
  validatie?: Validatie;
  /** a cell comment: unit, legal element, what to fill in */
  opmerking?: string;
}

/**
 * An input block as a named Excel table: `bereik` ("A1:C31") includes the header row, whose cells are the block's
 * fixed column names. A block whose header row is itself input (product names on Parameters, scale names of a CAO
 * table) is no table: Excel writes "Kolom1" into every empty header cell, which a reader would take for a product.
 */
export interface SjabloonTabel {
  /** table name, unique in the workbook (tables share the namespace of defined names): RT_… */
  naam: string;
  /** the header row (1-based); the table starts in column A */
  kopRij: number;
  kolommen: number;
  /** input rows under the header */
  rijen: number;
}

export interface SjabloonBlad {
  naam: string;
  /** the sheet's input blocks as Excel tables (header row included) */
  tabellen?: readonly SjabloonTabel[];
  /** column widths in characters, from column A */
  kolombreedtes: readonly number[];
  /** rows and columns frozen at the top and left */
  bevroren?: { rijen: number; kolommen: number };
  cellen: readonly SjabloonCel[];
}

export interface SjabloonNaam {
  naam: string;
  /** absolute reference, e.g. "'Aanbieder'!$B$3" */
  verwijzing: string;
}

export interface SjabloonDefinitie {
  /** kostprijs and regio are read by rt bereken too; budget only by the task pane (and rt regio: it is a region workbook) */
  soort: SjabloonSoort | "budget" | "bandbreedte" | "cao" | "indexatie";
  versie: number;
  titel: string;
  omschrijving: string;
  bladen: readonly SjabloonBlad[];
  namen: readonly SjabloonNaam[];
}

export const FORMAAT = {
  procent: "0.00%",
  euro: '"€" #,##0.00',
  getal: "#,##0.####",
  geheel: "0",
  tekst: "@",
} as const;

export const BLAD = {
  sjabloon: "Sjabloon",
  aanbieder: "Aanbieder",
  parameters: "Parameters",
  functiemix: "Functiemix",
  bandbreedte: "Bandbreedte",
  scenarios: "Scenario's",
  indexatie: "Indexatie",
  onderbouwing: "Onderbouwing",
} as const;

/** Cells of the sheet "Sjabloon" that identify a template. */
export const KENMERK = { soort: "B3", versie: "B4" } as const;

/** Number of product columns in a parameter sheet (B…K) and functiemix rows offered. */
export const PRODUCTKOLOMMEN = 10;
export const FUNCTIEMIX_RIJEN = 30;

/** Provider fields on the sheet "Aanbieder": name, row, kind, comment. */
export const AANBIEDER_VELDEN = [
  { veld: "aanbieder", label: "Naam aanbieder", soort: "tekst", opmerking: "Statutaire naam; één ingevuld sjabloon per aanbieder." },
  { veld: "kvk", label: "KvK-nummer", soort: "tekst", opmerking: "8 cijfers; identificeert de aanbieder (dubbele inzendingen worden herkend)." },
  { veld: "agb_code", label: "AGB-code", soort: "tekst", opmerking: "Optioneel." },
  { veld: "contactpersoon", label: "Contactpersoon", soort: "tekst", opmerking: "Naam en e-mailadres voor vragen over deze kostprijs." },
  { veld: "cao", label: "Toegepaste CAO", soort: "tekst", opmerking: "De CAO die de aanbieder toepast, of 'geen'." },
  {
    veld: "personeel",
    label: "Personeel (jaarwerkeenheden)",
    soort: "getal",
    opmerking: "Aantal personen in jaarwerkeenheden, inclusief partner- en verbonden ondernemingen (EU-aanbeveling 2003/361/EG).",
  },
  {
    veld: "jaaromzet",
    label: "Jaaromzet (€)",
    soort: "bedrag",
    opmerking: "Jaaromzet van het laatst afgesloten boekjaar, inclusief partner- en verbonden ondernemingen.",
  },
  {
    veld: "balanstotaal",
    label: "Balanstotaal (€)",
    soort: "bedrag",
    opmerking: "Balanstotaal van het laatst afgesloten boekjaar, inclusief partner- en verbonden ondernemingen.",
  },
] as const;
export type AanbiederVeld = (typeof AANBIEDER_VELDEN)[number]["veld"];
/** First row of the provider fields on the sheet "Aanbieder" (row 1 title, row 2 header). */
export const AANBIEDER_EERSTE_RIJ = 3;

/** The table of an input block: header row `kopRij`, `kolommen` columns from A, `rijen` input rows below it. */
export function invoerTabel(naam: string, kolommen: number, rijen: number, kopRij = 1): SjabloonTabel {
  return { naam, kopRij, kolommen, rijen };
}

/** "A1:C31": the table's range with its header row. */
export function tabelBereik(t: SjabloonTabel): string {
  return `A${t.kopRij}:${kolomLetter(t.kolommen)}${t.kopRij + t.rijen}`;
}

/** "B" for column 2 (1-based). */
export function kolomLetter(kolom: number): string {
  let s = "";
  for (let k = kolom; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function bereikTekst(def: ParameterDefinitie): string {
  const b = def.bereik;
  if (!b) return "";
  const pct = def.soort === "fractie";
  const t = (x: string) => (pct ? `${(Number(x) * 100).toLocaleString("nl-NL")}%` : Number(x).toLocaleString("nl-NL"));
  const onder = b.min !== undefined ? `${b.minInclusief === false ? "groter dan" : "minstens"} ${t(b.min)}` : "";
  const boven = b.max !== undefined ? `${b.maxInclusief === false ? "kleiner dan" : "hoogstens"} ${t(b.max)}` : "";
  return [onder, boven].filter(Boolean).join(", ");
}

/** The comment of a parameter cell: description, unit, allowed range, default. */
export function parameterOpmerking(def: ParameterDefinitie): string {
  const delen = [def.omschrijving, `Eenheid: ${def.eenheid}.`];
  const bereik = bereikTekst(def);
  if (bereik) delen.push(`Toegestaan: ${bereik}.`);
  if (def.keuzes) delen.push(`Keuzes: ${def.keuzes.join(", ")}.`);
  const dubbelzinnig = NUL_DUBBELZINNIG.get(def.naam);
  if (dubbelzinnig) {
    // desktop Excel passes a blank cell as 0: blank and 0 are refused for these (docs/excel.md §5)
    delen.push(`'${WOORD_NIET_GEGEVEN}' laten staan: ${def.standaard ?? dubbelzinnig.leeg}.`);
    delen.push(`Leeg of 0 wordt geweigerd (op de computer geeft Excel een lege cel als 0 door); toegestaan: ${dubbelzinnig.toegestaan}.`);
  } else if (def.standaard) delen.push(`Standaard (leeg laten): ${def.standaard}.`);
  if (def.soort === "fractie") delen.push("Vul een percentage in (8% = 0,08).");
  delen.push(`Domeinspecificatie ${def.paragraaf}.`);
  return delen.join(" ");
}

/**
 * What a parameter cell of a template holds before the user fills it in: the word 'standaard' (= not given) where
 * a blank cell would be ambiguous (desktop Excel passes it as 0; docs/excel.md §5).
 */
export function sjabloonBeginwaarde(def: ParameterDefinitie): string | undefined {
  return NUL_DUBBELZINNIG.has(def.naam) ? WOORD_NIET_GEGEVEN : undefined;
}

/** Number format and validation of an input cell for a parameter. */
export function parameterInvoer(def: ParameterDefinitie): Pick<SjabloonCel, "formaat" | "validatie"> {
  if (sjabloonBeginwaarde(def) !== undefined) {
    // the cell holds a word ('standaard') or a value: a ja/nee list with the word, or no validation for a fraction
    if (def.soort === "ja_nee") return { validatie: { soort: "lijst", waarden: ["ja", "nee", WOORD_NIET_GEGEVEN] } };
    // 'standaard' and 'geen' are text: no decimal validation, the engine checks the range when reading
    return { formaat: FORMAAT.procent };
  }
  const min = def.bereik?.min !== undefined ? Number(def.bereik.min) : undefined;
  const max = def.bereik?.max !== undefined ? Number(def.bereik.max) : undefined;
  switch (def.soort) {
    case "fractie":
      return { formaat: FORMAAT.procent, validatie: { soort: "decimaal", min, max } };
    case "bedrag":
      return { formaat: FORMAAT.euro, validatie: { soort: "decimaal", min, max } };
    case "getal":
      return { formaat: FORMAAT.getal, validatie: { soort: "decimaal", min, max } };
    case "keuze":
      return { validatie: { soort: "lijst", waarden: def.keuzes ?? [] } };
    case "ja_nee":
      return { validatie: { soort: "lijst", waarden: ["ja", "nee"] } };
    case "datum":
      return { formaat: "yyyy-mm-dd" };
    case "tekst":
      return { formaat: FORMAAT.tekst };
  }
}

/** Parameters offered on a parameter sheet (all product-level names of the vocabulary, in its order). */
export const SJABLOON_PARAMETERS: readonly ParameterDefinitie[] = PARAMETER_DEFINITIES.filter((d) => !d.alleenFunctiemix);

/** Columns of the functiemix sheet: "product", then these parameter names. */
export const FUNCTIEMIX_SJABLOON_KOLOMMEN: readonly string[] = [
  "functie",
  "aandeel",
  "fte",
  "maandsalaris",
  "cao",
  "schaal",
  "trede",
  "peildatum",
  "ort",
  "uren_per_week",
].filter((n) => FUNCTIEMIX_KOLOMMEN.includes(n) || n === "functie" || n === "aandeel" || n === "fte");

/** The sheet "Sjabloon": title, kind, version, instructions. */
export function kenmerkBlad(soort: SjabloonDefinitie["soort"], titel: string, uitleg: readonly string[]): SjabloonBlad {
  const cellen: SjabloonCel[] = [
    { adres: "A1", waarde: titel, stijl: "titel" },
    { adres: "A3", waarde: "Soort sjabloon", stijl: "kop" },
    { adres: KENMERK.soort, waarde: soort, opmerking: "Niet wijzigen: hieraan herkent rt (en het taakvenster) het sjabloon." },
    { adres: "A4", waarde: "Versie", stijl: "kop" },
    { adres: KENMERK.versie, waarde: SJABLOON_VERSIE, opmerking: "Niet wijzigen: een sjabloon van een andere versie wordt geweigerd." },
    { adres: "A6", waarde: "Zo vult u het in", stijl: "kop" },
    ...uitleg.map((t, i) => ({ adres: `A${7 + i}`, waarde: t, stijl: "toelichting" as const })),
  ];
  return { naam: BLAD.sjabloon, kolombreedtes: [24, 100], cellen };
}

/** The parameter sheet: A names, B…K one product per column, L unit, M explanation. */
export function parameterBlad(productnamen: readonly string[] = []): SjabloonBlad {
  const laatste = 1 + PRODUCTKOLOMMEN;
  const cellen: SjabloonCel[] = [{ adres: "A1", waarde: "parameter", stijl: "kop" }];
  for (let k = 2; k <= laatste; k++) {
    const naam = productnamen[k - 2];
    cellen.push({
      adres: `${kolomLetter(k)}1`,
      waarde: naam ?? "",
      stijl: "kop",
      opmerking: naam ? undefined : "Productnaam (zoals in de productcatalogus van de regio); laat leeg als u minder producten levert.",
    });
  }
  cellen.push(
    { adres: `${kolomLetter(laatste + 1)}1`, waarde: "eenheid", stijl: "kop" },
    { adres: `${kolomLetter(laatste + 2)}1`, waarde: "toelichting", stijl: "kop" },
  );
  SJABLOON_PARAMETERS.forEach((def, i) => {
    const rij = i + 2;
    cellen.push({ adres: `A${rij}`, waarde: def.naam, stijl: "kop" });
    const invoer = parameterInvoer(def);
    const opmerking = parameterOpmerking(def);
    const begin = sjabloonBeginwaarde(def);
    for (let k = 2; k <= laatste; k++)
      cellen.push({
        adres: `${kolomLetter(k)}${rij}`,
        ...(begin !== undefined ? { waarde: begin } : {}),
        stijl: "invoer",
        ...invoer,
        opmerking: k === 2 ? opmerking : undefined,
      });
    cellen.push({ adres: `${kolomLetter(laatste + 1)}${rij}`, waarde: def.eenheid, stijl: "toelichting" });
    cellen.push({
      adres: `${kolomLetter(laatste + 2)}${rij}`,
      waarde: `${def.omschrijving}${def.standaard ? ` Standaard: ${def.standaard}.` : ""}`,
      stijl: "toelichting",
    });
  });
  return { naam: BLAD.parameters, kolombreedtes: [28, ...Array(PRODUCTKOLOMMEN).fill(18), 22, 90], bevroren: { rijen: 1, kolommen: 1 }, cellen };
}

/** The row of a parameter on the parameter sheet (1-based). */
export function parameterRij(naam: string): number {
  const i = SJABLOON_PARAMETERS.findIndex((d) => d.naam === naam);
  if (i < 0) throw new Error(`'${naam}' staat niet op het parameterblad`);
  return i + 2;
}

/** The functiemix sheet: product, then the columns of FUNCTIEMIX_SJABLOON_KOLOMMEN; a live check of the shares. */
export function functiemixBlad(): SjabloonBlad {
  const kolommen = ["product", ...FUNCTIEMIX_SJABLOON_KOLOMMEN];
  const cellen: SjabloonCel[] = kolommen.map((k, i) => ({
    adres: `${kolomLetter(i + 1)}1`,
    waarde: k,
    stijl: "kop" as const,
    opmerking:
      k === "product"
        ? "De productnaam precies zoals in rij 1 van het blad Parameters."
        : DEFINITIE_PER_NAAM.get(k)
          ? parameterOpmerking(DEFINITIE_PER_NAAM.get(k)!)
          : undefined,
  }));
  for (let r = 2; r <= FUNCTIEMIX_RIJEN + 1; r++) {
    kolommen.forEach((k, i) => {
      const def = DEFINITIE_PER_NAAM.get(k);
      cellen.push({ adres: `${kolomLetter(i + 1)}${r}`, stijl: "invoer", ...(def ? parameterInvoer(def) : { formaat: FORMAAT.tekst }) });
    });
  }
  // live check: the shares per product add up to 100% (native formula, no add-in needed)
  const n = kolommen.length;
  const a = kolomLetter(kolommen.indexOf("aandeel") + 1);
  const controle = kolomLetter(n + 2);
  cellen.push({
    adres: `${controle}1`,
    waarde: "aandelen van dit product samen",
    stijl: "kop",
    opmerking: "Controle: per product moeten de aandelen samen 100% zijn (urenmodel); bij het capaciteitsmodel vult u fte in en blijft dit leeg.",
  });
  for (let r = 2; r <= FUNCTIEMIX_RIJEN + 1; r++) {
    cellen.push({
      adres: `${controle}${r}`,
      stijl: "berekend",
      formaat: FORMAAT.procent,
      formule: `IF(OR(A${r}="",${a}${r}=""),"",SUMIF($A$2:$A$${FUNCTIEMIX_RIJEN + 1},A${r},$${a}$2:$${a}$${FUNCTIEMIX_RIJEN + 1}))`,
    });
  }
  return {
    naam: BLAD.functiemix,
    kolombreedtes: [30, 26, ...Array(n - 2).fill(14), 4, 30],
    bevroren: { rijen: 1, kolommen: 0 },
    // the share check stays outside the table (after an empty column): it is no input
    tabellen: [invoerTabel("RT_Functiemix", n, FUNCTIEMIX_RIJEN)],
    cellen,
  };
}

/** The provider sheet: name, KvK, contact, and the micro-enterprise figures with a live micro check. */
function aanbiederBlad(): SjabloonBlad {
  const cellen: SjabloonCel[] = [
    { adres: "A1", waarde: "Gegevens aanbieder", stijl: "titel" },
    { adres: "A2", waarde: "gegeven", stijl: "kop" },
    { adres: "B2", waarde: "waarde", stijl: "kop" },
    { adres: "C2", waarde: "toelichting", stijl: "kop" },
  ];
  AANBIEDER_VELDEN.forEach((v, i) => {
    const rij = AANBIEDER_EERSTE_RIJ + i;
    const invoer: Pick<SjabloonCel, "formaat" | "validatie"> =
      v.soort === "bedrag"
        ? { formaat: FORMAAT.euro, validatie: { soort: "decimaal", min: 0 } }
        : v.soort === "getal"
          ? { formaat: FORMAAT.getal, validatie: { soort: "decimaal", min: 0 } }
          : { formaat: FORMAAT.tekst };
    cellen.push(
      { adres: `A${rij}`, waarde: v.label, stijl: "kop" },
      { adres: `B${rij}`, stijl: "invoer", ...invoer, opmerking: v.opmerking },
      { adres: `C${rij}`, waarde: v.opmerking, stijl: "toelichting" },
    );
  });
  const rij = (veld: AanbiederVeld) => AANBIEDER_EERSTE_RIJ + AANBIEDER_VELDEN.findIndex((v) => v.veld === veld);
  const micro = AANBIEDER_EERSTE_RIJ + AANBIEDER_VELDEN.length + 1;
  const [p, o, b] = [rij("personeel"), rij("jaaromzet"), rij("balanstotaal")];
  cellen.push(
    { adres: `A${micro}`, waarde: "Micro-onderneming?", stijl: "kop" },
    {
      adres: `B${micro}`,
      stijl: "berekend",
      formule: `IF(OR(B${p}="",AND(B${o}="",B${b}="")),"",IF(AND(B${p}<10,OR(B${o}<=2000000,B${b}<=2000000)),"ja","nee"))`,
      opmerking: "Berekend: minder dan 10 personen én jaaromzet of balanstotaal ten hoogste € 2 miljoen (domeinspecificatie §8).",
    },
    { adres: `C${micro}`, waarde: "Berekend uit de drie gegevens hierboven; de regio bepaalt het micro-tarief.", stijl: "toelichting" },
  );
  return {
    naam: BLAD.aanbieder,
    kolombreedtes: [32, 30, 100],
    tabellen: [invoerTabel("RT_Aanbieder", 3, AANBIEDER_VELDEN.length, AANBIEDER_EERSTE_RIJ - 1)],
    cellen,
  };
}

/** Justifications of values outside the region's bandwidth: product, parameter, text (domain spec §8). */
export const ONDERBOUWING_RIJEN = 30;
function onderbouwingBlad(): SjabloonBlad {
  const cellen: SjabloonCel[] = [
    { adres: "A1", waarde: "product", stijl: "kop", opmerking: "De productnaam precies zoals in rij 1 van het blad Parameters." },
    { adres: "B1", waarde: "parameter", stijl: "kop", opmerking: "De parameter waarvan uw waarde buiten de bandbreedte van de regio valt." },
    {
      adres: "C1",
      waarde: "onderbouwing",
      stijl: "kop",
      opmerking: "Waarom uw waarde afwijkt; met onderbouwing wordt een waarde buiten de bandbreedte aanvaard, anders begrensd.",
    },
  ];
  for (let r = 2; r <= ONDERBOUWING_RIJEN + 1; r++) {
    cellen.push(
      { adres: `A${r}`, stijl: "invoer", formaat: FORMAAT.tekst },
      { adres: `B${r}`, stijl: "invoer", formaat: FORMAAT.tekst },
      { adres: `C${r}`, stijl: "invoer", formaat: FORMAAT.tekst },
    );
  }
  return {
    naam: BLAD.onderbouwing,
    kolombreedtes: [30, 26, 100],
    bevroren: { rijen: 1, kolommen: 0 },
    tabellen: [invoerTabel("RT_Onderbouwing", 3, ONDERBOUWING_RIJEN)],
    cellen,
  };
}

/** The bandwidth sheet of a region: per parameter [min, max] (empty = derived from the submissions as P25–P75). */
function bandbreedteBlad(): SjabloonBlad {
  const cellen: SjabloonCel[] = [
    { adres: "A1", waarde: "parameter", stijl: "kop" },
    { adres: "B1", waarde: "minimum", stijl: "kop", opmerking: "Leeg: afgeleid uit de inzendingen als P25 (PERCENTIEL.INC)." },
    { adres: "C1", waarde: "maximum", stijl: "kop", opmerking: "Leeg: afgeleid uit de inzendingen als P75 (PERCENTIEL.INC)." },
    { adres: "D1", waarde: "toelichting", stijl: "kop" },
  ];
  const namen = [
    "productiviteit",
    "overhead",
    "risico_opslag",
    "sociale_lasten",
    "pensioenpremie",
    "overige_personeelskosten",
    "materiele_kosten",
    "bezettingsgraad",
    "groepsgrootte",
  ];
  namen.forEach((naam, i) => {
    const def = DEFINITIE_PER_NAAM.get(naam)!;
    const r = i + 2;
    cellen.push(
      { adres: `A${r}`, waarde: naam, stijl: "kop" },
      { adres: `B${r}`, stijl: "invoer", ...parameterInvoer(def) },
      { adres: `C${r}`, stijl: "invoer", ...parameterInvoer(def) },
      { adres: `D${r}`, waarde: def.omschrijving, stijl: "toelichting" },
    );
  });
  return {
    naam: BLAD.bandbreedte,
    kolombreedtes: [28, 14, 14, 90],
    bevroren: { rijen: 1, kolommen: 0 },
    tabellen: [invoerTabel("RT_Bandbreedte", 4, namen.length)],
    cellen,
  };
}

/** Scenarios: a name and up to five parameter overrides per row (canonical names, validated like any parameter). */
function scenarioBlad(): SjabloonBlad {
  const cellen: SjabloonCel[] = [{ adres: "A1", waarde: "scenario", stijl: "kop" }];
  for (let i = 0; i < 5; i++) {
    cellen.push(
      { adres: `${kolomLetter(2 + 2 * i)}1`, waarde: `parameter ${i + 1}`, stijl: "kop" },
      { adres: `${kolomLetter(3 + 2 * i)}1`, waarde: `waarde ${i + 1}`, stijl: "kop" },
    );
  }
  const namen = SJABLOON_PARAMETERS.map((d) => d.naam);
  for (let r = 2; r <= 11; r++) {
    cellen.push({ adres: `A${r}`, stijl: "invoer", formaat: FORMAAT.tekst });
    for (let i = 0; i < 5; i++) {
      cellen.push(
        { adres: `${kolomLetter(2 + 2 * i)}${r}`, stijl: "invoer", validatie: { soort: "lijst", waarden: namen } },
        { adres: `${kolomLetter(3 + 2 * i)}${r}`, stijl: "invoer" },
      );
    }
  }
  return {
    naam: BLAD.scenarios,
    kolombreedtes: [26, ...Array(10).fill(18)],
    bevroren: { rijen: 1, kolommen: 1 },
    tabellen: [invoerTabel("RT_Scenarios", 11, 10)],
    cellen,
  };
}

/** Indexation: the index per year as a fraction; the tariff per year follows in the results. */
function indexatieBlad(): SjabloonBlad {
  const cellen: SjabloonCel[] = [
    { adres: "A1", waarde: "jaar", stijl: "kop" },
    { adres: "B1", waarde: "index", stijl: "kop", opmerking: "Jaarindex als fractie (6,30% = 0,063), bijv. volgens het VNG-advies (RT.INDEXATIE_JAAR)." },
    { adres: "C1", waarde: "afronding", stijl: "kop", opmerking: "Afronding per jaar: cent, zestigvoud, euro of geen." },
  ];
  for (let r = 2; r <= 6; r++) {
    cellen.push(
      { adres: `A${r}`, stijl: "invoer", formaat: FORMAAT.geheel, validatie: { soort: "geheel", min: 2000, max: 2100 } },
      { adres: `B${r}`, stijl: "invoer", formaat: FORMAAT.procent, validatie: { soort: "decimaal", min: -0.5, max: 0.5 } },
      { adres: `C${r}`, stijl: "invoer", validatie: { soort: "lijst", waarden: ["cent", "zestigvoud", "euro", "geen"] } },
    );
  }
  return { naam: BLAD.indexatie, kolombreedtes: [10, 12, 14], bevroren: { rijen: 1, kolommen: 0 }, tabellen: [invoerTabel("RT_Indexatie", 3, 5)], cellen };
}

export function kenmerkNamen(): SjabloonNaam[] {
  return [
    { naam: "RT_SJABLOON_SOORT", verwijzing: `'${BLAD.sjabloon}'!$B$3` },
    { naam: "RT_SJABLOON_VERSIE", verwijzing: `'${BLAD.sjabloon}'!$B$4` },
  ];
}

/** The provider cost-price template (kostprijsonderzoek): one per provider, products as columns. */
export function kostprijsSjabloon(productnamen: readonly string[] = []): SjabloonDefinitie {
  return {
    soort: "kostprijs",
    versie: SJABLOON_VERSIE,
    titel: "Reële Tarieven — kostprijsonderzoek aanbieder",
    omschrijving: "In te vullen door de zorgaanbieder: gegevens van de aanbieder en per product de kostprijsparameters.",
    bladen: [
      kenmerkBlad("kostprijs", "Reële Tarieven — kostprijsonderzoek aanbieder", [
        "1. Blad Aanbieder: naam, KvK-nummer, contactpersoon, en personeel, jaaromzet en balanstotaal (voor de micro-toets).",
        "2. Blad Parameters: zet in rij 1 per kolom een productnaam en vul per product de parameters in die voor u gelden.",
        "   Percentages als percentage (20% of 0,2). Lege cellen gebruiken de standaardwaarde uit kolom 'toelichting'.",
        "3. Blad Functiemix (optioneel): per product de functies met hun aandeel in de directe uren en hun salaris.",
        "4. Blad Onderbouwing (optioneel): waarom een waarde buiten de bandbreedte van de regio valt; zonder onderbouwing wordt begrensd.",
        "5. Stuur het bestand terug als .xlsx, zonder wachtwoord. Wijzig de bladnamen en dit blad niet.",
      ]),
      aanbiederBlad(),
      parameterBlad(productnamen),
      functiemixBlad(),
      onderbouwingBlad(),
    ],
    namen: [
      ...kenmerkNamen(),
      ...AANBIEDER_VELDEN.map((v, i) => ({ naam: `RT_${v.veld.toUpperCase()}`, verwijzing: `'${BLAD.aanbieder}'!$B$${AANBIEDER_EERSTE_RIJ + i}` })),
    ],
  };
}

/** The region calculation: norm parameters per product, functiemix, bandwidths, scenarios and indexation. */
export function regioSjabloon(productnamen: readonly string[] = []): SjabloonDefinitie {
  return {
    soort: "regio",
    versie: SJABLOON_VERSIE,
    titel: "Reële Tarieven — tariefberekening regio",
    omschrijving: "De normberekening van de regio: parameters per product, functiemix, bandbreedtes, scenario's en indexatie.",
    bladen: [
      kenmerkBlad("regio", "Reële Tarieven — tariefberekening regio", [
        "1. Blad Parameters: per product (kolom) de normparameters van de regio; rt bereken rekent elk product door.",
        "2. Blad Functiemix (optioneel): per product de normformatie (aandeel per functie, of fte bij verblijf).",
        "3. Blad Bandbreedte: per parameter het toegestane minimum en maximum voor de kostprijzen van aanbieders",
        "   (leeg: afgeleid uit de inzendingen als P25–P75).",
        "4. Blad Scenario's: per rij een scenarionaam en tot vijf parameters die afwijken van de norm.",
        "5. Blad Indexatie: per jaar de index; de tarieven per jaar komen in het resultaat.",
      ]),
      parameterBlad(productnamen),
      functiemixBlad(),
      bandbreedteBlad(),
      scenarioBlad(),
      indexatieBlad(),
    ],
    namen: kenmerkNamen(),
  };
}

export function sjabloonDefinitie(soort: SjabloonSoort, productnamen: readonly string[] = []): SjabloonDefinitie {
  return soort === "kostprijs" ? kostprijsSjabloon(productnamen) : regioSjabloon(productnamen);
}
