/**
 * The parameter vocabulary as one zod schema. Every interface (custom functions, task pane, command line,
 * JSON files) reads parameters through `parameterSchema` / `functieSchema`, so the rules and messages are the
 * same everywhere. Values are raw (Excel cell values, JSON values); the schema converts them to typed values.
 */
import * as z from "../zod";
import type { Decimal } from "../decimal";
import { FUNCTIEMIX_KOLOMMEN, PARAMETER_DEFINITIES, type Definitie, type ParameterDefinitie } from "./definities";
import { leesWaarde } from "./waarden";

/** The typed value of a definition: numbers are Decimals, choices their literal union, ja_nee a boolean, the rest text. */
type Waarde<D extends Definitie> = D extends { soort: "fractie" | "bedrag" | "getal" }
  ? Decimal
  : D extends { soort: "ja_nee" }
    ? boolean
    : D extends { keuzes: readonly (infer K)[] }
      ? K
      : string;

/** One optional field per definition, named and typed by it. */
type Velden<D extends Definitie> = { [P in D as P["naam"]]?: Waarde<P> };

type ProductDefinitie = Exclude<Definitie, { alleenFunctiemix: true }>;
type FunctiemixDefinitie = Extract<Definitie, { alleenFunctiemix: true }>;

/** Typed, validated parameters (canonical names), derived from the definitions. Absent = not given (defaults are applied by the engine). */
export type Parameters = Velden<ProductDefinitie>;

/** One row of the functiemix: its own label, share or fte, and parameter overrides. */
export type FunctieParameters = Parameters & Velden<FunctiemixDefinitie>;

/** The zod shape of a set of definitions: an optional field per name whose output is the definition's value. */
type Vorm<D extends Definitie> = { [P in D as P["naam"]]: z.ZodMiniOptional<z.ZodMiniType<Waarde<P>, unknown>> };

function veldSchema(def: ParameterDefinitie) {
  return z.optional(
    z.pipe(
      z.unknown(),
      z.transform((raw, ctx) => {
        const r = leesWaarde(def, raw);
        if (!r.ok) {
          ctx.issues.push({ code: "custom", message: r.fout, input: raw });
          return z.NEVER;
        }
        return r.waarde;
      }),
    ),
  );
}

/** The definitions of a product-level set and of one functiemix row: the fields of the schemas and of the readers' fast path. */
export const PRODUCT_DEFINITIES: readonly ParameterDefinitie[] = PARAMETER_DEFINITIES.filter((d) => !d.alleenFunctiemix);
export const FUNCTIERIJ_DEFINITIES: readonly ParameterDefinitie[] = PARAMETER_DEFINITIES.filter((d) => FUNCTIEMIX_KOLOMMEN.includes(d.naam));

/**
 * The schema of the given definitions. leesWaarde returns the value of the definition's kind, which is what `Vorm`
 * states per name; the assertion states that one fact for the shape built in the loop.
 */
function maakSchema<D extends Definitie>(definities: readonly ParameterDefinitie[]) {
  const shape: Record<string, z.ZodMiniOptional<z.ZodMiniType<unknown, unknown>>> = {};
  for (const def of definities) shape[def.naam] = veldSchema(def);
  return z.strictObject(shape as Vorm<D>);
}

/** A parameter schema as the readers use it: only `safeParse`, and only for input the fast path refused. */
export interface ParameterSchema<T> {
  safeParse(data: unknown): z.util.SafeParseResult<T>;
}

/** Built on the first `safeParse`: the add-in starts (and reads valid ranges) without constructing any zod schema. */
function luiSchema<T>(maak: () => ParameterSchema<T>): ParameterSchema<T> {
  const schema = z.lui(maak);
  return { safeParse: (data) => schema().safeParse(data) };
}

/** Schema for the product-level parameter set (canonical names already normalised). */
export const parameterSchema: ParameterSchema<Parameters> = luiSchema(() => maakSchema<ProductDefinitie>(PRODUCT_DEFINITIES));

/** Schema for one functiemix row. */
export const functieSchema: ParameterSchema<FunctieParameters> = luiSchema(() => maakSchema<Definitie>(FUNCTIERIJ_DEFINITIES));
