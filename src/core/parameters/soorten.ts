/**
 * What a parameter definition is: its kind, its range, and the lists of choices the engine branches on. The
 * definitions themselves are in definities-*.ts, joined in definities.ts.
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

/** The unit text of every fraction. */
export const PCT = "fractie (8% = 0,08)";
