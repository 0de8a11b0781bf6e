/**
 * Residential care (domain spec §3.4): the formation in fte carries all hours, so there is no productivity.
 *   tarief per etmaal = (Σ fte_j × LK_j + jaarlijkse_materiele_kosten) / (plaatsen × 365 × bezettingsgraad)
 */
import type { RekenContext } from "./bronnen";
import { capaciteitsConventie } from "./conventies";
import { Decimal, ONE, ZERO, sum } from "./decimal";
import { InvoerFout } from "./errors";
import { J_A_W_C, geefNiet, personeelsRegels, productRijen, type FunctieUitkomst, type Kern } from "./kern";
import { GEEN_REGELS, loonkostenRegels, schaalRegels, telRegelsOp } from "./loonkosten";
import { MSG } from "./messages";
import { bepaalPersoneel, loonkostenDirect } from "./personeel";
import type { TariefInvoer } from "./tarief";

const DAGEN_PER_JAAR = new Decimal(365);

/** Residential care: (Σ fte_j × LK_j + jaarlijkse_materiele_kosten) / (plaatsen × 365 × bezettingsgraad). */
export function capaciteitsModel(invoer: TariefInvoer, context: RekenContext): Kern {
  const p = invoer.parameters;
  const eenheid = p.eenheid ?? "etmaal";
  if (eenheid !== "etmaal") {
    throw new InvoerFout(
      `eenheid = '${eenheid}' gaat niet samen met plaatsen: het capaciteitsmodel rekent per etmaal; toegestaan: eenheid 'etmaal' of weglaten.`,
      { parameter: "eenheid", waarde: eenheid, toegestaan: "etmaal" },
    );
  }
  geefNiet(
    p,
    ["uren_per_eenheid", "begeleiders", "groepsgrootte"],
    "heeft geen effect in het capaciteitsmodel (plaatsen); de formatie in fte bepaalt de personele inzet.",
  );
  if (!invoer.functiemix || invoer.functiemix.length === 0) {
    throw new InvoerFout(
      MSG.ontbreekt("functiemix", "het capaciteitsmodel (plaatsen) heeft een functiemix met per functie het aantal fte in de formatie nodig."),
      { parameter: "functiemix", toegestaan: "kolommen functie, fte, maandsalaris of cao/schaal/trede" },
    );
  }
  const rijen = productRijen(invoer);
  const bezetting = p.bezettingsgraad ?? ONE;
  const eenheden = p.plaatsen!.times(DAGEN_PER_JAAR).times(bezetting);
  let lkPerUnit = GEEN_REGELS;
  let opgegevenPerUnit = ZERO;
  const functies: FunctieUitkomst[] = [];
  rijen.forEach((rij, i) => {
    geefNiet(
      rij,
      ["productiviteit", "productiviteit_basis", "verlofuren", "feestdaguren", "verzuim", "scholingsuren", "overleguren", "reisuren", "indirecte_uren"],
      "heeft geen effect in het capaciteitsmodel: de formatie in fte omvat al alle uren.",
    );
    if (rij.aandeel !== undefined) {
      throw new InvoerFout(`functiemix rij ${i + 1}: aandeel hoort bij het urenmodel; geef in het capaciteitsmodel fte.`, {
        parameter: "aandeel",
        toegestaan: "fte",
      });
    }
    if (rij.fte === undefined) {
      throw new InvoerFout(MSG.ontbreekt("fte", `functiemix rij ${i + 1} (${rij.functie ?? "zonder naam"}) heeft geen fte.`), {
        parameter: "fte",
        toegestaan: "fte ≥ 0",
      });
    }
    const personeel = bepaalPersoneel(rij, context);
    const factor = rij.fte.dividedBy(eenheden);
    if (loonkostenDirect(personeel.loonbron)) {
      opgegevenPerUnit = opgegevenPerUnit.plus(personeel.loonkosten.loonkostenFte.times(factor));
    } else {
      lkPerUnit = telRegelsOp(lkPerUnit, schaalRegels(loonkostenRegels(personeel.loonkosten), factor));
    }
    functies.push({ functie: rij.functie ?? `functie ${i + 1}`, fte: rij.fte, personeel });
  });
  const personeelRegels = personeelsRegels(lkPerUnit, opgegevenPerUnit, functies);
  personeelRegels.push({
    soort: "niet_productief",
    label: "Niet-productieve uren (begrepen in de formatie)",
    exact: ZERO,
    elementen: J_A_W_C,
    toelichting: "in het capaciteitsmodel zit alle niet-productieve tijd in de formatie in fte",
  });
  const dPers = sum(personeelRegels.map((r) => r.exact));
  const jaarMaterieel = p.jaarlijkse_materiele_kosten ?? ZERO;
  const m = (p.materiele_kosten ?? ZERO).plus(jaarMaterieel.dividedBy(eenheden));
  const totaalFte = sum(functies.map((f) => f.fte!));
  const conventies = [capaciteitsConventie(totaalFte, p.plaatsen!, bezetting, eenheden)];
  return { model: "capaciteit", eenheid, dPers, personeelRegels, functies, conventies, m, eenhedenPerJaar: eenheden };
}
