/**
 * The Kern: the part of a tariff that does not depend on overhead, risk or rounding (personnel cost per unit with
 * its lines, material cost). Shared by the hour model (urenmodel.ts) and the capacity model (capaciteitsmodel.ts);
 * tarief.ts adds overhead, risk and rounding, scenarios reuse a Kern when only those change (scenario.ts).
 */
import type { Decimal } from "./decimal";
import { InvoerFout } from "./errors";
import type { LoonkostenRegels } from "./loonkosten";
import { MSG } from "./messages";
import type { RuweRegel, WettelijkElement } from "./opbouw";
import type { Eenheid } from "./parameters/definities";
import type { FunctieParameters, Parameters } from "./parameters/schema";
import { teltAlsOpgegeven } from "./parameters/cellen";
import { voegSamen, type Personeel } from "./personeel";
import type { TariefInvoer } from "./tarief";
import type { Uren } from "./uren";

export interface FunctieUitkomst {
  functie: string;
  /** share of the direct hours (individual/group model) */
  aandeel?: Decimal;
  /** fte in the formation (capacity model) */
  fte?: Decimal;
  personeel: Personeel;
  uren?: Uren;
  /** K_j = LK_j / P_j (individual/group model) */
  kostenPerProductiefUur?: Decimal;
}

export interface Kern {
  model: "uren" | "capaciteit";
  eenheid: Eenheid;
  dPers: Decimal;
  personeelRegels: RuweRegel[];
  functies: FunctieUitkomst[];
  /** the conventions used for the personnel cost (voltooiTarief adds overhead, risk and rounding) */
  conventies: string[];
  m: Decimal;
  kostenPerProductiefUur?: Decimal;
  urenPerClientEenheid?: Decimal;
  eenhedenPerJaar?: Decimal;
}

/** Legal elements of the lines (shared, never mutated). */
export const J_A_W_A: readonly WettelijkElement[] = Object.freeze(["J-a", "W-a"]);
const J_A_W_D: readonly WettelijkElement[] = Object.freeze(["J-a", "W-d"]);
export const J_A_W_C: readonly WettelijkElement[] = Object.freeze(["J-a", "W-c"]);

/** The functions of a product: its functiemix rows merged over the product, or the product itself. */
export function productRijen(invoer: TariefInvoer): FunctieParameters[] {
  const mix = invoer.functiemix;
  // the product itself is the only row; it is only read, never changed (performance: no copy of the parameters)
  if (!mix || mix.length === 0) return [invoer.parameters];
  return mix.map((rij) => voegSamen(invoer.parameters, rij));
}

/** Refuses parameters that have no effect in a model (a value that would silently not count). */
export function geefNiet(p: Parameters, namen: readonly (keyof Parameters)[], reden: string): void {
  for (const n of namen) {
    if (teltAlsOpgegeven(p[n])) throw new InvoerFout(MSG.conflict(`${n} ${reden}`), { parameter: n, toegestaan: reden });
  }
}

/** Personnel lines (per unit) from the weighted loonkosten components. */
export function personeelsRegels(lk: LoonkostenRegels, opgegeven: Decimal, functies: readonly FunctieUitkomst[]): RuweRegel[] {
  const salarissen = functies
    .filter((f) => f.personeel.maandsalaris !== undefined)
    .map((f) => {
      const wie = functies.length > 1 ? `${f.functie}: ` : "";
      const tekst =
        f.personeel.loonbron === "cao"
          ? `${wie}${f.personeel.toelichting[0]}`
          : `${wie}maandsalaris € ${f.personeel.maandsalaris!.toFixed(2).replace(".", ",")} (opgegeven)`;
      return f.personeel.waarschuwingen ? `${tekst}; ${f.personeel.waarschuwingen.join("; ")}` : tekst;
    });
  const regels: RuweRegel[] = [];
  // the salary lines appear whenever some function has a salary (and always when nothing was given directly)
  if (!lk.totaal.isZero() || opgegeven.isZero()) {
    regels.push(
      { soort: "salaris", label: "Bruto salaris", exact: lk.salaris, elementen: J_A_W_A, toelichting: salarissen.join("; ") || undefined },
      { soort: "toeslagen", label: "Vakantietoeslag en eindejaarsuitkering", exact: lk.toeslagen, elementen: J_A_W_A },
      { soort: "ort_overig", label: "ORT en overige looncomponenten", exact: lk.ortOverig, elementen: J_A_W_A },
      { soort: "sociale_lasten", label: "Sociale lasten werkgever", exact: lk.socialeLasten, elementen: J_A_W_A },
      { soort: "pensioen", label: "Pensioenpremie werkgever", exact: lk.pensioenpremie, elementen: J_A_W_A },
      { soort: "overige_personeelskosten", label: "Overige personeelskosten (opleiding, reiskosten)", exact: lk.overigePersoneelskosten, elementen: J_A_W_D },
    );
  }
  if (!opgegeven.isZero()) {
    regels.push({ soort: "loonkosten_opgegeven", label: "Loonkosten (opgegeven)", exact: opgegeven, elementen: J_A_W_A });
  }
  return regels;
}
