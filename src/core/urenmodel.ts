/**
 * Individual and group products (domain spec §3.7):
 *   K = Σ a_j × LK_j / P_j,  D_pers = K × uren_per_eenheid × begeleiders / (groepsgrootte × bezettingsgraad)
 * with the productive share of the cost split into the loonkosten lines and the rest as non-productive time (W-c).
 */
import type { RekenContext } from "./bronnen";
import { urenModelConventies } from "./conventies";
import { Decimal, ONE, ZERO, maal, plus, sum } from "./decimal";
import { urenPerEenheid } from "./eenheden";
import { InvoerFout } from "./errors";
import { formatGetal, formatProcent } from "./format";
import { J_A_W_C, geefNiet, personeelsRegels, productRijen, type FunctieUitkomst, type Kern } from "./kern";
import { GEEN_REGELS, loonkostenRegels, schaalRegels, telRegelsOp } from "./loonkosten";
import { MSG } from "./messages";
import type { FunctieParameters } from "./parameters/schema";
import { teltAlsOpgegeven } from "./parameters/cellen";
import { bepaalPersoneel, loonkostenDirect } from "./personeel";
import { bepaalUren } from "./uren";
import type { TariefInvoer } from "./tarief";

const SHARE_TOLERANCE = new Decimal("1e-9");

/** The shares of the functions (1 without a mix), normalised to sum 1; refused when they do not add up to 1. */
function controleerAandelen(rijen: readonly FunctieParameters[]): Decimal[] {
  rijen.forEach((r, i) => {
    if (r.fte !== undefined && teltAlsOpgegeven(r.fte)) {
      throw new InvoerFout(`functiemix rij ${i + 1}: fte = ${formatGetal(r.fte)} hoort bij het capaciteitsmodel (met plaatsen); gebruik hier aandeel.`, {
        parameter: "fte",
        waarde: r.fte.toNumber(),
        toegestaan: "aandeel (fractie van de directe uren)",
      });
    }
    if (r.aandeel === undefined && rijen.length > 1) {
      throw new InvoerFout(
        MSG.ontbreekt(
          "aandeel",
          `functiemix rij ${i + 1} (${r.functie ?? "zonder naam"}) heeft geen aandeel; elk aandeel is een fractie van de directe uren en samen 1.`,
        ),
        { parameter: "aandeel", toegestaan: "0 < aandeel ≤ 1, som = 1" },
      );
    }
  });
  const aandelen = rijen.map((r) => r.aandeel ?? ONE);
  const totaal = sum(aandelen);
  if (totaal.minus(1).abs().greaterThan(SHARE_TOLERANCE)) {
    throw new InvoerFout(`De aandelen in de functiemix tellen op tot ${formatGetal(totaal)} (${formatProcent(totaal)}); toegestaan: samen precies 1 (100%).`, {
      parameter: "aandeel",
      waarde: totaal.toNumber(),
      toegestaan: "som van de aandelen = 1",
    });
  }
  return totaal.equals(1) ? aandelen : aandelen.map((a) => a.dividedBy(totaal));
}

/** Individual and group products: D_pers = K × uren_per_eenheid × begeleiders / (groepsgrootte × bezettingsgraad). */
export function urenModel(invoer: TariefInvoer, context: RekenContext): Kern {
  const p = invoer.parameters;
  geefNiet(p, ["jaarlijkse_materiele_kosten"], "hoort bij het capaciteitsmodel (met plaatsen).");
  const eenheid = p.eenheid ?? "uur";
  const uren = urenPerEenheid(eenheid, p.uren_per_eenheid);
  const begeleiders = p.begeleiders ?? ONE;
  const groep = p.groepsgrootte ?? ONE;
  const bezetting = p.bezettingsgraad ?? ONE;
  const noemer = maal(groep, bezetting);
  const teller = maal(uren, begeleiders);
  const factor = noemer === ONE ? teller : teller.dividedBy(noemer);

  const rijen = productRijen(invoer);
  const aandelen = controleerAandelen(rijen);
  const functies: FunctieUitkomst[] = [];
  let lkPerUnit = GEEN_REGELS;
  let opgegevenPerUnit = ZERO;
  let nietProductief = ZERO;
  let k = ZERO;
  rijen.forEach((rij, i) => {
    const personeel = bepaalPersoneel(rij, context);
    const u = bepaalUren(personeel.betaaldeUren, rij);
    const kj = personeel.loonkosten.loonkostenFte.dividedBy(u.productieveUren);
    const a = aandelen[i];
    k = plus(k, maal(a, kj));
    // productive share of the cost per unit: LK/H × factor × a; the rest is non-productive time (W-c)
    const perBetaaldUurNaarEenheid = maal(factor, a).dividedBy(personeel.betaaldeUren);
    // LK/H × factor × a (the same product is used twice below; computed once)
    let productief: Decimal;
    if (loonkostenDirect(personeel.loonbron)) {
      productief = personeel.loonkosten.loonkostenFte.times(perBetaaldUurNaarEenheid);
      opgegevenPerUnit = opgegevenPerUnit.plus(productief);
    } else {
      const geschaald = schaalRegels(loonkostenRegels(personeel.loonkosten), perBetaaldUurNaarEenheid);
      productief = geschaald.totaal;
      lkPerUnit = lkPerUnit === GEEN_REGELS ? geschaald : telRegelsOp(lkPerUnit, geschaald);
    }
    nietProductief = plus(nietProductief, maal(maal(kj, factor), a).minus(productief));
    functies.push({ functie: rij.functie ?? (rijen.length > 1 ? `functie ${i + 1}` : "functie"), aandeel: a, personeel, uren: u, kostenPerProductiefUur: kj });
  });
  const dPers = maal(k, factor);
  const conventies = urenModelConventies(functies, eenheid, uren, begeleiders, groep, bezetting);
  const personeelRegels = personeelsRegels(lkPerUnit, opgegevenPerUnit, functies);
  personeelRegels.push({
    soort: "niet_productief",
    label: "Niet-productieve uren (verlof, verzuim, scholing, overleg)",
    exact: nietProductief,
    elementen: J_A_W_C,
  });
  return {
    model: "uren",
    eenheid,
    dPers,
    personeelRegels,
    functies,
    conventies,
    m: p.materiele_kosten ?? ZERO,
    kostenPerProductiefUur: k,
    urenPerClientEenheid: factor,
  };
}
