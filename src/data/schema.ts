/**
 * zod schemas of what users supply as data: a CAO salary table (JSON import, task-pane import, workbook store).
 * The shipped data files have their own schemas in schema-datasets.ts (checked by the tests and the build, not
 * at load). Amounts and percentages are decimal strings (never floats), percentages as fractions ("0.0474" = 4,74%).
 */
import * as z from "../core/zod";

export const STATUSSEN = ["geverifieerd", "secundair", "afgeleid", "gebruiker"] as const;

function maakSchemas() {
  const isoDatum = z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, "verwacht een datum als JJJJ-MM-DD"),
    z.refine((s) => !Number.isNaN(Date.parse(s + "T00:00:00Z")) && new Date(s + "T00:00:00Z").toISOString().startsWith(s), "geen bestaande datum"),
  );
  const decimaal = z.string().check(z.regex(/^-?\d+(\.\d+)?$/, 'verwacht een decimaal getal als tekst, bijv. "2338" of "0.0474"'));
  const status = z.enum(STATUSSEN);
  /** A non-empty text. */
  const nietLeeg = () => z.string().check(z.minLength(1));

  const ontbreektSchema = z.object({
    wat: nietLeeg(),
    waar: nietLeeg(),
    /** the gap matters from this date on (e.g. an increase with unknown date) */
    vanaf: z.optional(isoDatum),
    /** the gap is one scale of a table (e.g. dropped while deriving because its structure changed) */
    schaal: z.optional(z.string()),
  });

  const tredeSchema = z.object({
    trede: nietLeeg(),
    bedrag: z.nullable(decimaal),
    inpassingsnummer: z.optional(z.int().check(z.positive())),
  });

  const schaalSchema = z.object({
    naam: nietLeeg(),
    treden: z.array(tredeSchema).check(z.minLength(1)),
    /** set when the source stops before the real top of the scale: explains what is missing and where to get it */
    onvolledig: z.optional(z.string()),
  });

  const caoTabelSchema = z.object({
    dataset: z.optional(z.string()),
    soort: z.optional(z.literal("salaristabel")),
    cao: nietLeeg(),
    omschrijving: z.string(),
    geldigVanaf: isoDatum,
    eenheid: z.enum(["maand", "uur"]),
    afronding: z.enum(["euro", "cent"]),
    urenPerWeek: z.optional(decimaal),
    bron: nietLeeg(),
    extraBronnen: z.optional(z.array(z.string())),
    status,
    opmerking: z.optional(z.string()),
    afgeleideKenmerken: z.optional(z.array(z.string())),
    toegepast: z.optional(z.array(z.string())),
    ladder: z.optional(z.array(z.object({ inpassingsnummer: z.int().check(z.positive()), bedrag: decimaal }))),
    schalen: z.array(schaalSchema).check(z.minLength(1)),
    ontbreekt: z.optional(z.array(ontbreektSchema)),
  });
  return { isoDatum, decimaal, status, nietLeeg, ontbreektSchema, caoTabelSchema };
}

/** The schemas of user-supplied tables, built on first use (start-up builds no schema). */
export const gebruikersSchemas = z.lui(maakSchemas);
type Schemas = ReturnType<typeof maakSchemas>;

export type Ontbreekt = z.infer<Schemas["ontbreektSchema"]>;
/**
 * A CAO salary table: plain JSON-serialisable data (amounts as decimal strings; `null` = a gap in the source).
 * Amounts are per month, or per hour when `eenheid` is "uur" (then the lookup converts with uren × 52 / 12).
 */
export type CaoTabel = z.infer<Schemas["caoTabelSchema"]>;

export type {
  CaoDataset,
  CaoParameterRegel,
  StructureleVerhoging,
  PremieDataset,
  PensioenDataset,
  IndexDataset,
  WmlDataset,
  CpiDataset,
} from "./schema-datasets";
