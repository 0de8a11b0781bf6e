/**
 * zod schemas of the shipped data files (src/data/datasets/*.json). The files are static: they are checked by the
 * tests and before every add-in build (datasets-controle.ts), so the add-in and the command line load them without
 * schema work at start-up. Only types from this module reach the add-in bundle.
 */
import * as z from "../core/zod";
import { gebruikersSchemas } from "./schema";

const { caoTabelSchema, decimaal, isoDatum, ontbreektSchema, status } = gebruikersSchemas();

const url = z.string().check(z.regex(/^https?:\/\/\S+/, "verwacht een bron-URL (http:// of https://)"));

/** The provenance every figure carries (on the figure itself or on the object that holds it). */
const herkomstVelden = {
  bron: url,
  extraBronnen: z.optional(z.array(z.string())),
  bronDetail: z.optional(z.string()),
  geldigVanaf: isoDatum,
  status,
  opmerking: z.optional(z.string()),
};

const conflictSchema = z.object({ waarde: decimaal, bron: url, toelichting: z.string() });

export const caoParameterSchema = z.object({
  naam: z.string().check(z.regex(/^[a-z_]+$/)),
  waarde: decimaal,
  minimumBedrag: z.optional(decimaal),
  grondslag: z.optional(z.enum(["salaris", "salaris_en_vakantietoeslag"])),
  ...herkomstVelden,
});

export const verhogingSchema = z.object({
  percentage: decimaal,
  minimumBedrag: z.optional(decimaal),
  maximumBedrag: z.optional(decimaal),
  vastBedragVooraf: z.optional(decimaal),
  /** wage-floor rule: after the percentage, every step below this hourly amount is lifted to it */
  bodemUurloon: z.optional(decimaal),
  /** hours per month for the floor rule when the CAO defines them (e.g. jaaruren / 12); default uren_per_week × 52 / 12 */
  urenPerMaand: z.optional(decimaal),
  gewijzigdeSchalen: z.optional(z.array(z.string())),
  conflict: z.optional(conflictSchema),
  ...herkomstVelden,
});

export const caoDatasetSchema = z.object({
  dataset: z.string(),
  soort: z.literal("cao"),
  cao: z.string(),
  omschrijving: z.string(),
  aliassen: z.array(z.string()),
  pensioenfonds: z.optional(z.object({ naam: z.string(), bron: url, status })),
  parameters: z.array(caoParameterSchema),
  verhogingen: z.array(verhogingSchema),
  eenmalig: z.optional(z.array(z.object({ percentage: decimaal, ...herkomstVelden }))),
  /** term of the agreement as published; after `tot` with no newer agreement recorded, lookups are 'mogelijk verouderd' */
  looptijd: z.optional(z.object({ van: isoDatum, tot: isoDatum, bron: url })),
  ontbreekt: z.array(ontbreektSchema),
});

/** Shipped tables must cite a URL. */
export const meegeleverdeTabelSchema = z.extend(caoTabelSchema, { dataset: z.string(), soort: z.literal("salaristabel"), bron: url });

const componentSchema = z.object({ naam: z.string(), waarde: decimaal, conflict: z.optional(conflictSchema), ...herkomstVelden });

export const premieDatasetSchema = z.object({
  dataset: z.literal("werkgeverspremies"),
  soort: z.literal("werkgeverspremies"),
  omschrijving: z.string(),
  jaren: z.array(z.object({ jaar: z.int(), componenten: z.array(componentSchema) })),
  ontbreekt: z.array(ontbreektSchema),
  opmerkingen: z.optional(z.array(z.string())),
});

export const pensioenDatasetSchema = z.object({
  dataset: z.literal("pfzw"),
  soort: z.literal("pensioen"),
  omschrijving: z.string(),
  jaren: z.array(z.object({ jaar: z.int(), componenten: z.array(componentSchema) })),
  verdeling: z.array(z.object({ omschrijving: z.string(), waarde: decimaal, ...herkomstVelden })),
  ontbreekt: z.array(ontbreektSchema),
});

const indexcijferSchema = z.object({ jaar: z.int(), soort: z.enum(["prognose", "definitief"]), waarde: decimaal, ...herkomstVelden });

export const indexDatasetSchema = z.object({
  dataset: z.literal("ova-ppc"),
  soort: z.literal("indexcijfers"),
  omschrijving: z.string(),
  ova: z.array(indexcijferSchema),
  ppc: z.array(indexcijferSchema),
  ontbreekt: z.array(ontbreektSchema),
  opmerkingen: z.optional(z.array(z.string())),
});

export const wmlDatasetSchema = z.object({
  dataset: z.literal("wml"),
  soort: z.literal("wml"),
  omschrijving: z.string(),
  /** "maand": amount per month for a full-time job (until 2023); "uur": statutory minimum hourly wage (from 2024) */
  waarden: z.array(z.object({ waarde: decimaal, eenheid: z.enum(["maand", "uur"]), ...herkomstVelden })),
  ontbreekt: z.array(ontbreektSchema),
});

const jaarcijferSchema = z.object({ jaar: z.int(), waarde: decimaal, ...herkomstVelden });

export const cpiDatasetSchema = z.object({
  dataset: z.literal("cpi"),
  soort: z.literal("prijsindex"),
  omschrijving: z.string(),
  cpi: z.array(jaarcijferSchema),
  hicp: z.array(jaarcijferSchema),
  maandcijfers: z.array(z.object({ reeks: z.string(), maand: z.string(), waarde: decimaal, ...herkomstVelden })),
  ontbreekt: z.array(ontbreektSchema),
});

export type CaoDataset = z.infer<typeof caoDatasetSchema>;
export type CaoParameterRegel = z.infer<typeof caoParameterSchema>;
/** A dated structural increase: percentage (fraction), optional minimum/maximum amount per month. */
export type StructureleVerhoging = z.infer<typeof verhogingSchema>;
export type PremieDataset = z.infer<typeof premieDatasetSchema>;
export type PensioenDataset = z.infer<typeof pensioenDatasetSchema>;
export type IndexDataset = z.infer<typeof indexDatasetSchema>;
export type WmlDataset = z.infer<typeof wmlDatasetSchema>;
export type CpiDataset = z.infer<typeof cpiDatasetSchema>;
