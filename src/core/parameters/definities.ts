/**
 * The canonical parameter vocabulary (domain spec §3 and §4): one definition per name, used by the zod schema,
 * by every interface (custom functions, task pane, command line, JSON) and by the documentation.
 * Names are the domain's Dutch terms; see the glossary in the domain spec.
 */
export type ParameterSoort = "fractie" | "bedrag" | "getal" | "keuze" | "ja_nee" | "tekst" | "datum";

export interface Bereik {
  min?: string;
  minInclusief?: boolean;
  max?: string;
  maxInclusief?: boolean;
}

export interface ParameterDefinitie {
  readonly naam: string;
  readonly soort: ParameterSoort;
  readonly omschrijving: string;
  readonly eenheid: string;
  readonly bereik?: Bereik;
  readonly keuzes?: readonly string[];
  /** alternative spellings of choices (e.g. iJw codes for units), mapped to the canonical choice */
  readonly keuzeAliassen?: Readonly<Record<string, string>>;
  /** the default, described for users (the engine applies it) */
  readonly standaard?: string;
  /** where the parameter is defined in the domain spec */
  readonly paragraaf: string;
  /** only valid as a column of the functiemix table */
  readonly alleenFunctiemix?: boolean;
}

export const PRODUCTIVITEIT_BASES = ["betaalde_uren", "beschikbare_uren", "afslag"] as const;
export const OVERHEAD_CONVENTIES = ["opslag", "aandeel"] as const;
export const AFRONDINGSREGELS = ["cent", "zestigvoud", "euro", "geen"] as const;
export const EENHEDEN = ["minuut", "uur", "dagdeel", "etmaal", "week", "maand", "stuks_output", "stuks_inspanning"] as const;

export type ProductiviteitBasis = (typeof PRODUCTIVITEIT_BASES)[number];
export type OverheadConventie = (typeof OVERHEAD_CONVENTIES)[number];
export type Afrondingsregel = (typeof AFRONDINGSREGELS)[number];
export type Eenheid = (typeof EENHEDEN)[number];

const PCT = "fractie (8% = 0,08)";

/** The definitions with their literal types: `Parameters` (schema.ts) is derived from them. */
const DEFINITIES = [
  // §3.1 personnel cost
  {
    naam: "maandsalaris",
    soort: "bedrag",
    eenheid: "€ per maand",
    paragraaf: "§3.1",
    bereik: { min: "0", minInclusief: false, max: "50000" },
    omschrijving: "Bruto maandsalaris bij een voltijd dienstverband (S).",
  },
  { naam: "cao", soort: "tekst", eenheid: "naam", paragraaf: "§4", omschrijving: "CAO waaruit het salaris wordt opgezocht (met schaal, trede en peildatum)." },
  { naam: "schaal", soort: "tekst", eenheid: "naam of nummer", paragraaf: "§4", omschrijving: "Salarisschaal in de CAO-tabel." },
  { naam: "trede", soort: "tekst", eenheid: "nummer", paragraaf: "§4", omschrijving: "Trede (periodiek) binnen de schaal." },
  { naam: "peildatum", soort: "datum", eenheid: "datum", paragraaf: "§4", standaard: "vandaag", omschrijving: "Datum waarop de CAO-tabel geldig moet zijn." },
  {
    naam: "uren_per_week",
    soort: "getal",
    eenheid: "uren per week",
    paragraaf: "§4",
    bereik: { min: "1", max: "60" },
    standaard: "uit de CAO, anders 36",
    omschrijving: "Voltijd uren per week.",
  },
  {
    naam: "jaaruren",
    soort: "getal",
    eenheid: "uren per jaar",
    paragraaf: "§3.2",
    bereik: { min: "52", max: "3000" },
    standaard: "uren_per_week × 52",
    omschrijving: "Betaalde uren per fte per jaar (H); vervangt uren_per_week × 52.",
  },
  {
    naam: "vakantietoeslag",
    soort: "fractie",
    eenheid: PCT,
    paragraaf: "§3.1",
    bereik: { min: "0", max: "0.25" },
    standaard: "0,08",
    omschrijving: "Vakantietoeslag als fractie van het jaarsalaris (v).",
  },
  {
    naam: "eindejaarsuitkering",
    soort: "fractie",
    eenheid: PCT,
    paragraaf: "§3.1",
    bereik: { min: "0", max: "0.25" },
    standaard: "uit de CAO, anders 0,0833",
    omschrijving: "Eindejaarsuitkering als fractie van het jaarsalaris (e).",
  },
  {
    naam: "ort",
    soort: "fractie",
    eenheid: PCT,
    paragraaf: "§3.1",
    bereik: { min: "0", max: "1" },
    standaard: "0",
    omschrijving: "Onregelmatigheidstoeslag als fractie van het jaarsalaris.",
  },
  {
    naam: "overige_looncomponenten",
    soort: "fractie",
    eenheid: PCT,
    paragraaf: "§3.1",
    bereik: { min: "0", max: "1" },
    standaard: "0",
    omschrijving: "Overige looncomponenten (IKB-rest, arbeidsmarkttoeslag, …) als fractie van het jaarsalaris (x).",
  },
  {
    naam: "sociale_lasten",
    soort: "fractie",
    eenheid: PCT,
    paragraaf: "§3.1",
    bereik: { min: "0", max: "0.5" },
    omschrijving: "Werkgeverspremies sociale verzekeringen (AWf, Aof, Whk, Zvw, Wko) als fractie van de loonsom (s).",
  },
  {
    naam: "pensioenpremie",
    soort: "fractie",
    eenheid: PCT,
    paragraaf: "§3.1",
    bereik: { min: "0", max: "0.5" },
    omschrijving: "Werkgeversdeel pensioenpremie als fractie van de loonsom boven de franchise (p).",
  },
  {
    naam: "pensioen_franchise",
    soort: "bedrag",
    eenheid: "€ per fte per jaar",
    paragraaf: "§3.1",
    bereik: { min: "0", max: "100000" },
    standaard: "0",
    omschrijving: "Pensioenfranchise per fte per jaar (F).",
  },
  {
    naam: "overige_personeelskosten",
    soort: "bedrag",
    eenheid: "€ per fte per jaar",
    paragraaf: "§3.1",
    bereik: { min: "0", max: "100000" },
    standaard: "0",
    omschrijving: "Opleiding, reiskosten en andere personeelskosten per fte per jaar (Q).",
  },
  {
    naam: "loonkosten_fte",
    soort: "bedrag",
    eenheid: "€ per fte per jaar",
    paragraaf: "§3.1",
    bereik: { min: "0", minInclusief: false, max: "1000000" },
    omschrijving: "Loonkosten per fte per jaar (LK), direct opgegeven in plaats van salaris en opslagen.",
  },
  {
    naam: "loonkosten_per_uur",
    soort: "bedrag",
    eenheid: "€ per betaald uur",
    paragraaf: "§3.1",
    bereik: { min: "0", minInclusief: false, max: "1000" },
    omschrijving: "Loonkosten per betaald uur (LK / H), direct opgegeven.",
  },
  // §3.2 productivity
  {
    naam: "productiviteit",
    soort: "fractie",
    eenheid: PCT,
    paragraaf: "§3.2",
    bereik: { min: "0.01", max: "1" },
    omschrijving: "Productiviteit (π) volgens productiviteit_basis; bij basis 'afslag' is dit de afslag a (π = 1 − a).",
  },
  {
    naam: "productiviteit_basis",
    soort: "keuze",
    eenheid: "keuze",
    paragraaf: "§3.2",
    keuzes: PRODUCTIVITEIT_BASES,
    standaard: "betaalde_uren",
    omschrijving: "Waarop de productiviteit betrekking heeft: betaalde uren, beschikbare uren (na verlof, feestdagen en verzuim) of een afslag.",
  },
  {
    naam: "verlofuren",
    soort: "getal",
    eenheid: "uren per fte per jaar",
    paragraaf: "§3.2",
    bereik: { min: "0", max: "3000" },
    omschrijving: "Verlofuren per fte per jaar (V).",
  },
  {
    naam: "feestdaguren",
    soort: "getal",
    eenheid: "uren per fte per jaar",
    paragraaf: "§3.2",
    bereik: { min: "0", max: "3000" },
    omschrijving: "Feestdaguren per fte per jaar (Fd).",
  },
  {
    naam: "verzuim",
    soort: "fractie",
    eenheid: PCT,
    paragraaf: "§3.2",
    bereik: { min: "0", max: "1", maxInclusief: false },
    omschrijving: "Ziekteverzuim als fractie van de uren na verlof en feestdagen.",
  },
  {
    naam: "scholingsuren",
    soort: "getal",
    eenheid: "uren per fte per jaar",
    paragraaf: "§3.2",
    bereik: { min: "0", max: "3000" },
    omschrijving: "Scholingsuren per fte per jaar (O).",
  },
  {
    naam: "overleguren",
    soort: "getal",
    eenheid: "uren per fte per jaar",
    paragraaf: "§3.2",
    bereik: { min: "0", max: "3000" },
    omschrijving: "Werkoverleg per fte per jaar (WO).",
  },
  {
    naam: "reisuren",
    soort: "getal",
    eenheid: "uren per fte per jaar",
    paragraaf: "§3.2",
    bereik: { min: "0", max: "3000" },
    omschrijving: "Niet-declarabele reisuren per fte per jaar (R).",
  },
  {
    naam: "indirecte_uren",
    soort: "getal",
    eenheid: "uren per fte per jaar",
    paragraaf: "§3.2",
    bereik: { min: "0", max: "3000" },
    omschrijving: "Niet-declarabele indirecte uren per fte per jaar (A).",
  },
  // §3.4 units, groups and capacity
  {
    naam: "eenheid",
    soort: "keuze",
    eenheid: "keuze",
    paragraaf: "§5",
    keuzes: EENHEDEN,
    standaard: "uur",
    keuzeAliassen: {
      "01": "minuut",
      "1": "minuut",
      "04": "uur",
      "4": "uur",
      "14": "etmaal",
      "16": "dagdeel",
      "82": "stuks_output",
      "84": "stuks_inspanning",
      minuten: "minuut",
      uren: "uur",
      dagdelen: "dagdeel",
      etmalen: "etmaal",
      "stuks (output)": "stuks_output",
      "stuks (inspanning)": "stuks_inspanning",
      traject: "stuks_output",
      arrangement: "stuks_output",
    },
    omschrijving: "Eenheid van het tarief (iJw/iWmo-codelijst: 01 minuut, 04 uur, 14 etmaal, 16 dagdeel, 82/84 stuks).",
  },
  {
    naam: "uren_per_eenheid",
    soort: "getal",
    eenheid: "uren per eenheid",
    paragraaf: "§3.4",
    bereik: { min: "0", minInclusief: false, max: "10000" },
    standaard: "volgt uit de eenheid",
    omschrijving: "Personele uren per eenheid (dagdeel 4, minuut 1/60; verplicht bij stuks).",
  },
  {
    naam: "begeleiders",
    soort: "getal",
    eenheid: "aantal",
    paragraaf: "§3.4",
    bereik: { min: "0", minInclusief: false, max: "100" },
    standaard: "1",
    omschrijving: "Aantal begeleiders tegelijk aanwezig.",
  },
  {
    naam: "groepsgrootte",
    soort: "getal",
    eenheid: "cliënten",
    paragraaf: "§3.4",
    bereik: { min: "1", max: "1000" },
    standaard: "1",
    omschrijving: "Aantal cliënten per groep.",
  },
  {
    naam: "bezettingsgraad",
    soort: "fractie",
    eenheid: PCT,
    paragraaf: "§3.4",
    bereik: { min: "0.01", max: "1" },
    standaard: "1",
    omschrijving: "Gemiddelde bezetting van de groep of de plaatsen (1 = altijd vol).",
  },
  {
    naam: "materiele_kosten",
    soort: "bedrag",
    eenheid: "€ per eenheid",
    paragraaf: "§3.4",
    bereik: { min: "0", max: "1000000" },
    standaard: "0",
    omschrijving: "Cliëntgebonden materiële kosten per eenheid (m): activiteiten, maaltijden, vervoer, huisvesting.",
  },
  {
    naam: "plaatsen",
    soort: "getal",
    eenheid: "plaatsen",
    paragraaf: "§3.4",
    bereik: { min: "1", max: "100000" },
    omschrijving: "Capaciteitsmodel (verblijf, etmaal): aantal plaatsen; de functiemix geeft dan fte per functie.",
  },
  {
    naam: "jaarlijkse_materiele_kosten",
    soort: "bedrag",
    eenheid: "€ per jaar",
    paragraaf: "§3.4",
    bereik: { min: "0", max: "1000000000" },
    standaard: "0",
    omschrijving: "Capaciteitsmodel: materiële kosten van de hele voorziening per jaar.",
  },
  // §2 W-f: other costs caused by the municipality's obligations (reporting, administration)
  {
    naam: "administratie_uren_per_eenheid",
    soort: "getal",
    eenheid: "uren per eenheid",
    paragraaf: "§2",
    bereik: { min: "0", max: "100" },
    standaard: "0",
    omschrijving: "Uren per eenheid voor rapportage en administratie die de gemeente verplicht stelt (W-f), gewaardeerd tegen de kosten per productief uur.",
  },
  {
    naam: "administratie_kosten_per_eenheid",
    soort: "bedrag",
    eenheid: "€ per eenheid",
    paragraaf: "§2",
    bereik: { min: "0", max: "100000" },
    standaard: "0",
    omschrijving: "Overige kosten per eenheid door gemeentelijke verplichtingen (W-f), bijv. berichtenverkeer, verantwoording en administratie.",
  },
  // §3.5 overhead, §3.6 risk, §6 rounding
  {
    naam: "overhead",
    soort: "fractie",
    eenheid: PCT,
    paragraaf: "§3.5",
    bereik: { min: "0", max: "1" },
    omschrijving: "Overhead (o) volgens overhead_conventie: opslag op de directe kosten of aandeel in de kostprijs.",
  },
  {
    naam: "overhead_conventie",
    soort: "keuze",
    eenheid: "keuze",
    paragraaf: "§3.5",
    keuzes: OVERHEAD_CONVENTIES,
    standaard: "opslag",
    omschrijving: "'opslag': T = D × (1 + o); 'aandeel': T = D / (1 − o).",
  },
  {
    naam: "overhead_over_materieel",
    soort: "ja_nee",
    eenheid: "WAAR/ONWAAR",
    paragraaf: "§3.5",
    standaard: "WAAR",
    omschrijving: "Of de overhead ook over de materiële kosten wordt berekend.",
  },
  {
    naam: "risico_opslag",
    soort: "fractie",
    eenheid: PCT,
    paragraaf: "§3.6",
    bereik: { min: "0", max: "0.5" },
    standaard: "0",
    omschrijving: "Opslag voor risico en innovatie (geen wettelijk kostprijselement; eigen regel in de opbouw).",
  },
  {
    naam: "afronding",
    soort: "keuze",
    eenheid: "keuze",
    paragraaf: "§6",
    keuzes: AFRONDINGSREGELS,
    standaard: "cent",
    omschrijving: "Afronding van het tarief: cent, zestigvoud (veelvoud van € 0,60), euro of geen.",
  },
  // functiemix columns
  {
    naam: "functie",
    soort: "tekst",
    eenheid: "naam",
    paragraaf: "§3.1",
    alleenFunctiemix: true,
    omschrijving: "Functiemix: naam van de functie (bijv. 'HBO-begeleider').",
  },
  {
    naam: "aandeel",
    soort: "fractie",
    eenheid: PCT,
    paragraaf: "§3.1",
    bereik: { min: "0", minInclusief: false, max: "1" },
    alleenFunctiemix: true,
    omschrijving: "Functiemix: aandeel van de functie in de directe uren (som van alle aandelen = 1).",
  },
  {
    naam: "fte",
    soort: "getal",
    eenheid: "fte",
    paragraaf: "§3.4",
    bereik: { min: "0", max: "10000" },
    alleenFunctiemix: true,
    omschrijving: "Functiemix in het capaciteitsmodel: aantal fte van de functie in de formatie.",
  },
] as const satisfies readonly ParameterDefinitie[];

/** One definition with its literal name, kind and choices (for deriving the typed parameters). */
export type Definitie = (typeof DEFINITIES)[number];

export const PARAMETER_DEFINITIES: readonly ParameterDefinitie[] = DEFINITIES;

export const DEFINITIE_PER_NAAM: ReadonlyMap<string, ParameterDefinitie> = new Map(PARAMETER_DEFINITIES.map((d) => [d.naam, d]));
export const PARAMETER_NAMEN: readonly string[] = PARAMETER_DEFINITIES.filter((d) => !d.alleenFunctiemix).map((d) => d.naam);
export const FUNCTIEMIX_KOLOMMEN: readonly string[] = PARAMETER_DEFINITIES.map((d) => d.naam).filter(
  (n) =>
    ![
      "afronding",
      "overhead",
      "overhead_conventie",
      "overhead_over_materieel",
      "risico_opslag",
      "eenheid",
      "uren_per_eenheid",
      "begeleiders",
      "groepsgrootte",
      "bezettingsgraad",
      "materiele_kosten",
      "plaatsen",
      "jaarlijkse_materiele_kosten",
      "administratie_uren_per_eenheid",
      "administratie_kosten_per_eenheid",
    ].includes(n),
);
