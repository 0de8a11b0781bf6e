/**
 * The parameter vocabulary as one zod schema. Every interface (custom functions, task pane, command line,
 * JSON files) reads parameters through `parameterSchema` / `functieSchema`, so the rules and messages are the
 * same everywhere. Values are raw (Excel cell values, JSON values); the schema converts them to typed values.
 */
import * as z from "../zod";
import type { Decimal } from "../decimal";
import {
  FUNCTIEMIX_KOLOMMEN,
  PARAMETER_DEFINITIES,
  type Afrondingsregel,
  type Eenheid,
  type OverheadConventie,
  type ParameterDefinitie,
  type ProductiviteitBasis,
} from "./definities";
import { leesWaarde } from "./waarden";

/** Typed, validated parameters (canonical names). Absent = not given (defaults are applied by the engine). */
export interface Parameters {
  maandsalaris?: Decimal;
  cao?: string;
  schaal?: string;
  trede?: string;
  peildatum?: string;
  uren_per_week?: Decimal;
  jaaruren?: Decimal;
  vakantietoeslag?: Decimal;
  eindejaarsuitkering?: Decimal;
  ort?: Decimal;
  overige_looncomponenten?: Decimal;
  sociale_lasten?: Decimal;
  pensioenpremie?: Decimal;
  pensioen_franchise?: Decimal;
  overige_personeelskosten?: Decimal;
  loonkosten_fte?: Decimal;
  loonkosten_per_uur?: Decimal;
  productiviteit?: Decimal;
  productiviteit_basis?: ProductiviteitBasis;
  verlofuren?: Decimal;
  feestdaguren?: Decimal;
  verzuim?: Decimal;
  scholingsuren?: Decimal;
  overleguren?: Decimal;
  reisuren?: Decimal;
  indirecte_uren?: Decimal;
  eenheid?: Eenheid;
  uren_per_eenheid?: Decimal;
  begeleiders?: Decimal;
  groepsgrootte?: Decimal;
  bezettingsgraad?: Decimal;
  materiele_kosten?: Decimal;
  plaatsen?: Decimal;
  jaarlijkse_materiele_kosten?: Decimal;
  administratie_uren_per_eenheid?: Decimal;
  administratie_kosten_per_eenheid?: Decimal;
  overhead?: Decimal;
  overhead_conventie?: OverheadConventie;
  overhead_over_materieel?: boolean;
  risico_opslag?: Decimal;
  afronding?: Afrondingsregel;
}

/** One row of the functiemix: its own label, share or fte, and parameter overrides. */
export interface FunctieParameters extends Parameters {
  functie?: string;
  aandeel?: Decimal;
  fte?: Decimal;
}

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

function maakSchema(filter: (d: ParameterDefinitie) => boolean) {
  const shape: Record<string, ReturnType<typeof veldSchema>> = {};
  for (const def of PARAMETER_DEFINITIES) if (filter(def)) shape[def.naam] = veldSchema(def);
  return z.strictObject(shape);
}

/** A parameter schema as the readers use it: only `safeParse`, and only for input the fast path refused. */
export interface ParameterSchema<T> {
  safeParse(data: unknown): z.util.SafeParseResult<T>;
}

/** Built on the first `safeParse`: the add-in starts (and reads valid ranges) without constructing any zod schema. */
function luiSchema<T>(filter: (d: ParameterDefinitie) => boolean): ParameterSchema<T> {
  const schema = z.lui(() => maakSchema(filter));
  return { safeParse: (data) => schema().safeParse(data) as z.util.SafeParseResult<T> };
}

/** Schema for the product-level parameter set (canonical names already normalised). */
export const parameterSchema = luiSchema<Parameters>((d) => !d.alleenFunctiemix);

/** Schema for one functiemix row. */
export const functieSchema = luiSchema<FunctieParameters>((d) => FUNCTIEMIX_KOLOMMEN.includes(d.naam));
