/**
 * The canonical parameter vocabulary (domain spec §3 and §4): one definition per name, used by the zod schema,
 * by every interface (custom functions, task pane, command line, JSON) and by the documentation. The definitions are
 * kept per concept in definities-personeel.ts, -uren.ts, -eenheden.ts and -tarief.ts, joined here in the order of the
 * documentation; what a definition is, in soorten.ts.
 * Names are the domain's Dutch terms; see the glossary in the domain spec.
 */
import { PERSONEEL_DEFINITIES } from "./definities-personeel";
import { EENHEDEN_DEFINITIES } from "./definities-eenheden";
import { TARIEF_DEFINITIES } from "./definities-tarief";
import { UREN_DEFINITIES } from "./definities-uren";
import { PCT, type ParameterDefinitie } from "./soorten";

export {
  AFRONDINGSREGELS,
  EENHEDEN,
  OVERHEAD_CONVENTIES,
  PRODUCTIVITEIT_BASES,
  type Afrondingsregel,
  type Bereik,
  type Eenheid,
  type OverheadConventie,
  type ParameterDefinitie,
  type ParameterSoort,
  type ProductiviteitBasis,
} from "./soorten";

/** Columns of the function-mix table only. */
const FUNCTIEMIX_DEFINITIES = [
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

/** The definitions with their literal types: `Parameters` (schema.ts) is derived from them. */
const DEFINITIES = [...PERSONEEL_DEFINITIES, ...UREN_DEFINITIES, ...EENHEDEN_DEFINITIES, ...TARIEF_DEFINITIES, ...FUNCTIEMIX_DEFINITIES] as const;

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
