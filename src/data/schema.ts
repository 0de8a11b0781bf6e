/**
 * zod schemas of the shipped data files (src/data/datasets/*.json) and of user tables. Amounts and percentages
 * are decimal strings in the files (never floats), percentages as fractions ("0.0474" = 4,74%).
 */
import { z } from "zod";

export const STATUSSEN = ["geverifieerd", "secundair", "afgeleid", "gebruiker"] as const;

const isoDatum = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "verwacht een datum als JJJJ-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(s + "T00:00:00Z")) && new Date(s + "T00:00:00Z").toISOString().startsWith(s), "geen bestaande datum");
const decimaal = z.string().regex(/^-?\d+(\.\d+)?$/, 'verwacht een decimaal getal als tekst, bijv. "2338" of "0.0474"');
const url = z.string().regex(/^https?:\/\/\S+/, "verwacht een bron-URL (http:// of https://)");
const status = z.enum(STATUSSEN);

/** The provenance every figure carries (on the figure itself or on the object that holds it). */
const herkomstVelden = {
  bron: url,
  extraBronnen: z.array(z.string()).optional(),
  bronDetail: z.string().optional(),
  geldigVanaf: isoDatum,
  status,
  opmerking: z.string().optional(),
};

export const ontbreektSchema = z.object({
  wat: z.string().min(1),
  waar: z.string().min(1),
  /** the gap matters from this date on (e.g. an increase with unknown date) */
  vanaf: isoDatum.optional(),
  /** the gap is one scale of a table (e.g. dropped while deriving because its structure changed) */
  schaal: z.string().optional(),
});

const conflictSchema = z.object({ waarde: decimaal, bron: url, toelichting: z.string() });

export const caoParameterSchema = z.object({
  naam: z.string().regex(/^[a-z_]+$/),
  waarde: decimaal,
  minimumBedrag: decimaal.optional(),
  grondslag: z.enum(["salaris", "salaris_en_vakantietoeslag"]).optional(),
  ...herkomstVelden,
});

export const verhogingSchema = z.object({
  percentage: decimaal,
  minimumBedrag: decimaal.optional(),
  maximumBedrag: decimaal.optional(),
  vastBedragVooraf: decimaal.optional(),
  /** wage-floor rule: after the percentage, every step below this hourly amount is lifted to it */
  bodemUurloon: decimaal.optional(),
  /** hours per month for the floor rule when the CAO defines them (e.g. jaaruren / 12); default uren_per_week × 52 / 12 */
  urenPerMaand: decimaal.optional(),
  gewijzigdeSchalen: z.array(z.string()).optional(),
  conflict: conflictSchema.optional(),
  ...herkomstVelden,
});

export const caoDatasetSchema = z.object({
  dataset: z.string(),
  soort: z.literal("cao"),
  cao: z.string(),
  omschrijving: z.string(),
  aliassen: z.array(z.string()),
  pensioenfonds: z.object({ naam: z.string(), bron: url, status }).optional(),
  parameters: z.array(caoParameterSchema),
  verhogingen: z.array(verhogingSchema),
  eenmalig: z.array(z.object({ percentage: decimaal, ...herkomstVelden })).optional(),
  /** term of the agreement as published; after `tot` with no newer agreement recorded, lookups are 'mogelijk verouderd' */
  looptijd: z.object({ van: isoDatum, tot: isoDatum, bron: url }).optional(),
  ontbreekt: z.array(ontbreektSchema),
});

const tredeSchema = z.object({
  trede: z.string().min(1),
  bedrag: decimaal.nullable(),
  inpassingsnummer: z.number().int().positive().optional(),
});

const schaalSchema = z.object({
  naam: z.string().min(1),
  treden: z.array(tredeSchema).min(1),
  /** set when the source stops before the real top of the scale: explains what is missing and where to get it */
  onvolledig: z.string().optional(),
});

export const caoTabelSchema = z.object({
  dataset: z.string().optional(),
  soort: z.literal("salaristabel").optional(),
  cao: z.string().min(1),
  omschrijving: z.string(),
  geldigVanaf: isoDatum,
  eenheid: z.enum(["maand", "uur"]),
  afronding: z.enum(["euro", "cent"]),
  urenPerWeek: decimaal.optional(),
  bron: z.string().min(1),
  extraBronnen: z.array(z.string()).optional(),
  status,
  opmerking: z.string().optional(),
  afgeleideKenmerken: z.array(z.string()).optional(),
  toegepast: z.array(z.string()).optional(),
  ladder: z.array(z.object({ inpassingsnummer: z.number().int().positive(), bedrag: decimaal })).optional(),
  schalen: z.array(schaalSchema).min(1),
  ontbreekt: z.array(ontbreektSchema).optional(),
});

/** Shipped tables must cite a URL. */
export const meegeleverdeTabelSchema = caoTabelSchema.extend({ dataset: z.string(), soort: z.literal("salaristabel"), bron: url });

const componentSchema = z.object({ naam: z.string(), waarde: decimaal, conflict: conflictSchema.optional(), ...herkomstVelden });

export const premieDatasetSchema = z.object({
  dataset: z.literal("werkgeverspremies"),
  soort: z.literal("werkgeverspremies"),
  omschrijving: z.string(),
  jaren: z.array(z.object({ jaar: z.number().int(), componenten: z.array(componentSchema) })),
  ontbreekt: z.array(ontbreektSchema),
  opmerkingen: z.array(z.string()).optional(),
});

export const pensioenDatasetSchema = z.object({
  dataset: z.literal("pfzw"),
  soort: z.literal("pensioen"),
  omschrijving: z.string(),
  jaren: z.array(z.object({ jaar: z.number().int(), componenten: z.array(componentSchema) })),
  verdeling: z.array(z.object({ omschrijving: z.string(), waarde: decimaal, ...herkomstVelden })),
  ontbreekt: z.array(ontbreektSchema),
});

const indexcijferSchema = z.object({ jaar: z.number().int(), soort: z.enum(["prognose", "definitief"]), waarde: decimaal, ...herkomstVelden });

export const indexDatasetSchema = z.object({
  dataset: z.literal("ova-ppc"),
  soort: z.literal("indexcijfers"),
  omschrijving: z.string(),
  ova: z.array(indexcijferSchema),
  ppc: z.array(indexcijferSchema),
  ontbreekt: z.array(ontbreektSchema),
  opmerkingen: z.array(z.string()).optional(),
});

export const wmlDatasetSchema = z.object({
  dataset: z.literal("wml"),
  soort: z.literal("wml"),
  omschrijving: z.string(),
  /** "maand": amount per month for a full-time job (until 2023); "uur": statutory minimum hourly wage (from 2024) */
  waarden: z.array(z.object({ waarde: decimaal, eenheid: z.enum(["maand", "uur"]), ...herkomstVelden })),
  ontbreekt: z.array(ontbreektSchema),
});

const jaarcijferSchema = z.object({ jaar: z.number().int(), waarde: decimaal, ...herkomstVelden });

export const cpiDatasetSchema = z.object({
  dataset: z.literal("cpi"),
  soort: z.literal("prijsindex"),
  omschrijving: z.string(),
  cpi: z.array(jaarcijferSchema),
  hicp: z.array(jaarcijferSchema),
  maandcijfers: z.array(z.object({ reeks: z.string(), maand: z.string(), waarde: decimaal, ...herkomstVelden })),
  ontbreekt: z.array(ontbreektSchema),
});

export type Ontbreekt = z.infer<typeof ontbreektSchema>;
export type CaoDataset = z.infer<typeof caoDatasetSchema>;
export type CaoParameterRegel = z.infer<typeof caoParameterSchema>;
/** A dated structural increase: percentage (fraction), optional minimum/maximum amount per month. */
export type StructureleVerhoging = z.infer<typeof verhogingSchema>;
/**
 * A CAO salary table: plain JSON-serialisable data (amounts as decimal strings; `null` = a gap in the source).
 * Amounts are per month, or per hour when `eenheid` is "uur" (then the lookup converts with uren × 52 / 12).
 */
export type CaoTabel = z.infer<typeof caoTabelSchema>;
