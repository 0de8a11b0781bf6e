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
  // each field's schema is built on first use (a getter): valid input never reaches zod (lezen.ts reads it
  // directly), so start-up and the fast path build none of the ~90 field schemas
  const shape: Record<string, ReturnType<typeof veldSchema>> = {};
  for (const def of PARAMETER_DEFINITIES) {
    if (!filter(def)) continue;
    let veld: ReturnType<typeof veldSchema> | undefined;
    Object.defineProperty(shape, def.naam, { enumerable: true, get: () => (veld ??= veldSchema(def)) });
  }
  return z.strictObject(shape);
}

/** Schema for the product-level parameter set (canonical names already normalised). */
export const parameterSchema = maakSchema((d) => !d.alleenFunctiemix) as unknown as z.ZodMiniType<Parameters, Record<string, unknown>>;

/** Schema for one functiemix row. */
export const functieSchema = maakSchema((d) => FUNCTIEMIX_KOLOMMEN.includes(d.naam)) as unknown as z.ZodMiniType<FunctieParameters, Record<string, unknown>>;
