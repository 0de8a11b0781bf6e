/**
 * Provider-specific tariffs (domain spec §8): each submitted value is checked against the region's bandwidth
 * (bandbreedte.ts) and is
 *   binnen      — within [min, max]: used as submitted;
 *   onderbouwd  — outside, with a recorded justification: used as submitted;
 *   begrensd    — outside without justification: capped at the nearest bound.
 * The provider-specific tariff is computed from the resulting values.
 */
import type { RekenContext } from "./bronnen";
import { Decimal } from "./decimal";
import { InvoerFout } from "./errors";
import { formatGetal } from "./format";
import type { FunctieParameters, Parameters } from "./parameters/schema";
import { berekenTarief, type TariefResultaat } from "./tarief";
import { genegeerdeSalarisParameters } from "./differentiatie/normbezetting";
import { bandParameter, waarde, type Bandbreedte, type Inzending } from "./bandbreedte";

export type Oordeel = "binnen" | "onderbouwd" | "begrensd";

export const OORDEEL_TEKST: Record<Oordeel, string> = {
  binnen: "binnen bandbreedte",
  onderbouwd: "buiten bandbreedte, onderbouwd",
  begrensd: "buiten bandbreedte",
};

export interface Toetsing {
  aanbieder: string;
  product?: string;
  parameter: string;
  ingediend: Decimal;
  min: Decimal;
  max: Decimal;
  norm?: Decimal;
  oordeel: Oordeel;
  /** the value the tariff uses: as submitted, or the nearest bound */
  gebruikt: Decimal;
  onderbouwing?: string;
  toelichting: string;
}

function controleerOnderbouwingen(inzending: Inzending, banden: readonly Bandbreedte[], waar: string): Map<string, string> {
  const uit = new Map<string, string>();
  for (const [naam, tekst] of Object.entries(inzending.onderbouwingen ?? {})) {
    const n = bandParameter(naam, ` (onderbouwing${waar})`);
    if (!banden.some((b) => b.parameter === n)) {
      throw new InvoerFout(
        `Onderbouwing${waar} voor '${n}': voor deze parameter is geen bandbreedte; onderbouw alleen parameters met een bandbreedte (${banden.map((b) => b.parameter).join(", ")}).`,
        { parameter: n, toegestaan: banden.map((b) => b.parameter).join(", ") },
      );
    }
    if (typeof tekst !== "string" || tekst.trim() === "") {
      throw new InvoerFout(`Onderbouwing${waar} voor '${n}' is leeg; een waarde buiten de bandbreedte wordt alleen aanvaard met een onderbouwing in woorden.`, {
        parameter: n,
        waarde: tekst,
        toegestaan: "tekst",
      });
    }
    uit.set(n, tekst.trim());
  }
  return uit;
}

/** Checks every bandwidth parameter of a submission (each must be submitted). */
export function toetsInzending(inzending: Inzending, banden: readonly Bandbreedte[]): Toetsing[] {
  const waar = ` (aanbieder ${inzending.aanbieder}${inzending.product ? `, product ${inzending.product}` : ""})`;
  const onderbouwingen = controleerOnderbouwingen(inzending, banden, waar);
  return banden.map((b) => {
    const v = waarde(inzending.parameters, b.parameter);
    if (v === undefined) {
      throw new InvoerFout(
        `De inzending${waar} mist parameter '${b.parameter}': daarvoor geldt een bandbreedte (${formatGetal(b.min)} – ${formatGetal(b.max)}); geef de waarde van de aanbieder.`,
        { parameter: b.parameter, toegestaan: `een waarde, bandbreedte ${formatGetal(b.min)} – ${formatGetal(b.max)}` },
      );
    }
    const basis = { aanbieder: inzending.aanbieder, product: inzending.product, parameter: b.parameter, ingediend: v, min: b.min, max: b.max, norm: b.norm };
    const bereik = `${formatGetal(b.min)} – ${formatGetal(b.max)}`;
    if (!v.lessThan(b.min) && !v.greaterThan(b.max)) {
      return { ...basis, oordeel: "binnen", gebruikt: v, toelichting: `${formatGetal(v)} ligt binnen ${bereik}` };
    }
    const onderbouwing = onderbouwingen.get(b.parameter);
    if (onderbouwing) {
      return {
        ...basis,
        oordeel: "onderbouwd",
        gebruikt: v,
        onderbouwing,
        toelichting: `${formatGetal(v)} ligt buiten ${bereik}; aanvaard met onderbouwing: ${onderbouwing}`,
      };
    }
    const grens = v.lessThan(b.min) ? b.min : b.max;
    return { ...basis, oordeel: "begrensd", gebruikt: grens, toelichting: `${formatGetal(v)} ligt buiten ${bereik}; begrensd op ${formatGetal(grens)}` };
  });
}

export interface AanbiederTarief {
  aanbieder: string;
  product?: string;
  toetsing: Toetsing[];
  /** the parameters the tariff used (basis, then the submission, then capped values) */
  parameters: Parameters;
  resultaat: TariefResultaat;
}

/**
 * The provider-specific tariff: the region's `basis` (optional), overridden by the submission, with every checked
 * value as the check decided. The conventions of the result list every capped or justified value.
 */
export function berekenAanbiederTarief(
  inzending: Inzending,
  banden: readonly Bandbreedte[],
  context: RekenContext = {},
  basis?: Parameters,
  basisFunctiemix?: readonly FunctieParameters[],
): AanbiederTarief {
  const toetsing = toetsInzending(inzending, banden);
  const mix = inzending.functiemix ?? basisFunctiemix;
  const genegeerd = inzending.functiemix ? [] : genegeerdeSalarisParameters(inzending.parameters, mix);
  if (genegeerd.length) {
    throw new InvoerFout(
      `De inzending (aanbieder ${inzending.aanbieder}${inzending.product ? `, product ${inzending.product}` : ""}) geeft ${genegeerd.join(", ")}, maar de functiemix van de regio geeft het salaris per niveau: de waarde zou geen effect hebben. Geef de aanbieder een eigen functiemix of laat ${genegeerd.join(", ")} weg.`,
      { parameter: genegeerd[0], toegestaan: "een eigen functiemix met salarissen" },
    );
  }
  const p: Record<string, unknown> = { ...(basis ?? {}) };
  for (const [k, v] of Object.entries(inzending.parameters)) if (v !== undefined) p[k] = v;
  for (const t of toetsing) p[t.parameter] = t.gebruikt;
  const parameters = p as Parameters;
  const r = berekenTarief({ parameters, functiemix: mix }, context);
  const afwijkingen = toetsing.filter((t) => t.oordeel !== "binnen").map((t) => `Bandbreedte ${t.parameter}: ${OORDEEL_TEKST[t.oordeel]} — ${t.toelichting}`);
  const resultaat: TariefResultaat = {
    ...r,
    conventies: [
      ...r.conventies,
      `Aanbieder-specifiek tarief van ${inzending.aanbieder}: ${toetsing.length} parameter(s) getoetst aan de bandbreedte, ${afwijkingen.length} afwijking(en)`,
      ...afwijkingen,
    ],
  };
  return { aanbieder: inzending.aanbieder, product: inzending.product, toetsing, parameters, resultaat };
}

/** Every deviation (onderbouwd or begrensd) of a set of checks: the deviation report. */
export function afwijkingenRapport(toetsingen: readonly Toetsing[]): Toetsing[] {
  return toetsingen.filter((t) => t.oordeel !== "binnen");
}
