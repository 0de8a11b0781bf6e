/**
 * The complete calculation chain (domain spec §3.7):
 *   LK → P → K (mix-weighted) → D_pers → D (+m) → T (overhead) → × (1 + r) → round
 * and the capacity model for residential care (§3.4). Every result carries its breakdown per legal cost
 * element, the conventions used and the sources of looked-up figures.
 */
import type { Herkomst, RekenContext } from "./bronnen";
import { Decimal, ONE, ZERO, maal, plus, sum } from "./decimal";
import { AFRONDING_OMSCHRIJVING, rondAf } from "./afronding";
import { EENHEID_INFO, urenPerEenheid } from "./eenheden";
import { InvoerFout } from "./errors";
import { formatGetal, formatProcent } from "./format";
import { GEEN_REGELS, loonkostenRegels, schaalRegels, telRegelsOp, type LoonkostenRegels } from "./loonkosten";
import { MSG } from "./messages";
import { aandeelUitOpslag, opslagUitAandeel, pasOverheadToe } from "./overhead";
import { rondOpbouwAf, type OpbouwRegel, type RuweRegel, type WettelijkElement } from "./opbouw";
import type { Afrondingsregel, Eenheid, OverheadConventie } from "./parameters/definities";
import type { FunctieParameters, Parameters } from "./parameters/schema";
import { teltAlsOpgegeven } from "./parameters/waarden";
import { controleerTariefGrens } from "./grenzen";
import { bepaalFunctieUren, bepaalPersoneel, voegSamen, type Personeel } from "./personeel";
import type { Uren } from "./uren";
import { verplichtingenRegel } from "./verplichtingen";

export interface TariefInvoer {
  parameters: Parameters;
  functiemix?: readonly FunctieParameters[];
}

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

export interface TariefResultaat {
  model: "uren" | "capaciteit";
  eenheid: Eenheid;
  /** the rounded tariff per unit */
  tarief: Decimal;
  /** T × (1 + r) before rounding */
  tariefOnafgerond: Decimal;
  /** T: cost price incl. overhead, before risk */
  kostprijs: Decimal;
  directePersoneelskosten: Decimal;
  materieleKosten: Decimal;
  overhead: Decimal;
  risico: Decimal;
  /** K: mix-weighted cost per productive hour (uren model) */
  kostenPerProductiefUur?: Decimal;
  /** staff hours per client per unit: uren_per_eenheid × begeleiders / (groepsgrootte × bezettingsgraad) */
  urenPerClientEenheid?: Decimal;
  /** delivered units per year (capacity model) */
  eenhedenPerJaar?: Decimal;
  functies: FunctieUitkomst[];
  opbouw: OpbouwRegel[];
  conventies: string[];
  bronnen: Herkomst[];
  afronding: Afrondingsregel;
}

const SHARE_TOLERANCE = new Decimal("1e-9");
const DAGEN_PER_JAAR = new Decimal(365);

function productRijen(invoer: TariefInvoer): FunctieParameters[] {
  const mix = invoer.functiemix;
  // the product itself is the only row; it is only read, never changed (performance: no copy of the parameters)
  if (!mix || mix.length === 0) return [invoer.parameters];
  return mix.map((rij) => voegSamen(invoer.parameters, rij));
}

function controleerAandelen(rijen: readonly FunctieParameters[]): Decimal[] {
  rijen.forEach((r, i) => {
    if (r.fte !== undefined && teltAlsOpgegeven(r.fte)) {
      throw new InvoerFout(`functiemix rij ${i + 1}: fte = ${formatGetal(r.fte)} hoort bij het capaciteitsmodel (met plaatsen); gebruik hier aandeel.`,
        { parameter: "fte", waarde: r.fte.toNumber(), toegestaan: "aandeel (fractie van de directe uren)" });
    }
    if (r.aandeel === undefined && rijen.length > 1) {
      throw new InvoerFout(MSG.ontbreekt("aandeel", `functiemix rij ${i + 1} (${r.functie ?? "zonder naam"}) heeft geen aandeel; elk aandeel is een fractie van de directe uren en samen 1.`),
        { parameter: "aandeel", toegestaan: "0 < aandeel ≤ 1, som = 1" });
    }
  });
  const aandelen = rijen.map((r) => r.aandeel ?? ONE);
  const totaal = sum(aandelen);
  if (totaal.minus(1).abs().greaterThan(SHARE_TOLERANCE)) {
    throw new InvoerFout(`De aandelen in de functiemix tellen op tot ${formatGetal(totaal)} (${formatProcent(totaal)}); toegestaan: samen precies 1 (100%).`,
      { parameter: "aandeel", waarde: totaal.toNumber(), toegestaan: "som van de aandelen = 1" });
  }
  return totaal.equals(1) ? aandelen : aandelen.map((a) => a.dividedBy(totaal));
}

function geefNiet(p: Parameters, namen: readonly (keyof Parameters)[], reden: string): void {
  for (const n of namen) {
    if (teltAlsOpgegeven(p[n])) throw new InvoerFout(MSG.conflict(`${n} ${reden}`), { parameter: n, toegestaan: reden });
  }
}

/** Legal elements of the lines (shared, never mutated). */
const J_A_W_A = Object.freeze(["J-a", "W-a"]) as WettelijkElement[];
const J_A_W_D = Object.freeze(["J-a", "W-d"]) as WettelijkElement[];
const J_A_W_C = Object.freeze(["J-a", "W-c"]) as WettelijkElement[];
const J_B = Object.freeze(["J-b"]) as WettelijkElement[];
const J_C_W_B = Object.freeze(["J-c", "W-b"]) as WettelijkElement[];
const GEEN = Object.freeze([]) as unknown as WettelijkElement[];

/** Personnel lines (per unit) from the weighted loonkosten components. */
function personeelsRegels(lk: LoonkostenRegels, opgegeven: Decimal, functies: readonly FunctieUitkomst[]): RuweRegel[] {
  const salarissen = functies.filter((f) => f.personeel.maandsalaris !== undefined).map((f) => {
    const wie = functies.length > 1 ? `${f.functie}: ` : "";
    const tekst = f.personeel.loonbron === "cao" ? `${wie}${f.personeel.toelichting[0]}` : `${wie}maandsalaris € ${f.personeel.maandsalaris!.toFixed(2).replace(".", ",")} (opgegeven)`;
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

/** The same for every tariff (lines are copied when rounded, so one shared object is safe). */
const INDEXATIE_REGEL: RuweRegel = Object.freeze({ soort: "indexatie", label: "Indexatie (apart toegepast)", exact: ZERO, elementen: ["J-d", "W-e"],
  toelichting: "dit tarief is niet geïndexeerd; pas de jaarlijkse index toe met RT.INDEXEER / RT.INDEXATIE" }) as RuweRegel;

/**
 * The part of a tariff that does not depend on overhead, risk or rounding: personnel cost per unit with its
 * lines, material cost, and how they were obtained. Scenarios that only change overhead, risk or rounding reuse
 * it (scenario.ts).
 */
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

/** Individual and group products: D_pers = K × uren_per_eenheid × begeleiders / (groepsgrootte × bezettingsgraad). */
function urenModel(invoer: TariefInvoer, context: RekenContext): Kern {
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
    const u = bepaalFunctieUren(rij, personeel.betaaldeUren);
    const kj = personeel.loonkosten.loonkostenFte.dividedBy(u.productieveUren);
    const a = aandelen[i];
    k = plus(k, maal(a, kj));
    // productive share of the cost per unit: LK/H × factor × a; the rest is non-productive time (W-c)
    const perBetaaldUurNaarEenheid = maal(factor, a).dividedBy(personeel.betaaldeUren);
    // LK/H × factor × a (the same product is used twice below; computed once)
    let productief: Decimal;
    if (personeel.loonbron === "loonkosten_fte" || personeel.loonbron === "loonkosten_per_uur") {
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
  const info = EENHEID_INFO[eenheid];
  const conventies = [
    ...functies.map((f) => `${rijen.length > 1 ? `${f.functie} (${formatProcent(f.aandeel!)}): ` : ""}${f.uren!.toelichting}; ${formatGetal(f.personeel.betaaldeUren)} betaalde uren per fte per jaar`),
    `Eenheid: ${info.label}${info.code ? ` (iJw/iWmo-code ${info.code})` : ""}; ${formatGetal(uren.toDecimalPlaces(6))} personele uren per eenheid` +
      (begeleiders.equals(1) && groep.equals(1) && bezetting.equals(1) ? "" : ` × ${formatGetal(begeleiders)} begeleider(s) / (groep van ${formatGetal(groep)} × bezetting ${formatProcent(bezetting)})`),
  ];
  const personeelRegels = personeelsRegels(lkPerUnit, opgegevenPerUnit, functies);
  personeelRegels.push({ soort: "niet_productief", label: "Niet-productieve uren (verlof, verzuim, scholing, overleg)", exact: nietProductief, elementen: J_A_W_C });
  return { model: "uren", eenheid, dPers, personeelRegels, functies, conventies, m: p.materiele_kosten ?? ZERO, kostenPerProductiefUur: k, urenPerClientEenheid: factor };
}

/** Residential care: (Σ fte_j × LK_j + jaarlijkse_materiele_kosten) / (plaatsen × 365 × bezettingsgraad). */
function capaciteitsModel(invoer: TariefInvoer, context: RekenContext): Kern {
  const p = invoer.parameters;
  const eenheid = p.eenheid ?? "etmaal";
  if (eenheid !== "etmaal") {
    throw new InvoerFout(`eenheid = '${eenheid}' gaat niet samen met plaatsen: het capaciteitsmodel rekent per etmaal; toegestaan: eenheid 'etmaal' of weglaten.`,
      { parameter: "eenheid", waarde: eenheid, toegestaan: "etmaal" });
  }
  geefNiet(p, ["uren_per_eenheid", "begeleiders", "groepsgrootte"], "heeft geen effect in het capaciteitsmodel (plaatsen); de formatie in fte bepaalt de personele inzet.");
  if (!invoer.functiemix || invoer.functiemix.length === 0) {
    throw new InvoerFout(MSG.ontbreekt("functiemix", "het capaciteitsmodel (plaatsen) heeft een functiemix met per functie het aantal fte in de formatie nodig."),
      { parameter: "functiemix", toegestaan: "kolommen functie, fte, maandsalaris of cao/schaal/trede" });
  }
  const rijen = productRijen(invoer);
  const bezetting = p.bezettingsgraad ?? ONE;
  const eenheden = p.plaatsen!.times(DAGEN_PER_JAAR).times(bezetting);
  let lkPerUnit = GEEN_REGELS;
  let opgegevenPerUnit = ZERO;
  const functies: FunctieUitkomst[] = [];
  rijen.forEach((rij, i) => {
    geefNiet(rij, ["productiviteit", "productiviteit_basis", "verlofuren", "feestdaguren", "verzuim", "scholingsuren", "overleguren", "reisuren", "indirecte_uren"],
      "heeft geen effect in het capaciteitsmodel: de formatie in fte omvat al alle uren.");
    if (rij.aandeel !== undefined) {
      throw new InvoerFout(`functiemix rij ${i + 1}: aandeel hoort bij het urenmodel; geef in het capaciteitsmodel fte.`, { parameter: "aandeel", toegestaan: "fte" });
    }
    if (rij.fte === undefined) {
      throw new InvoerFout(MSG.ontbreekt("fte", `functiemix rij ${i + 1} (${rij.functie ?? "zonder naam"}) heeft geen fte.`), { parameter: "fte", toegestaan: "fte ≥ 0" });
    }
    const personeel = bepaalPersoneel(rij, context);
    const factor = rij.fte.dividedBy(eenheden);
    if (personeel.loonbron === "loonkosten_fte" || personeel.loonbron === "loonkosten_per_uur") {
      opgegevenPerUnit = opgegevenPerUnit.plus(personeel.loonkosten.loonkostenFte.times(factor));
    } else {
      lkPerUnit = telRegelsOp(lkPerUnit, schaalRegels(loonkostenRegels(personeel.loonkosten), factor));
    }
    functies.push({ functie: rij.functie ?? `functie ${i + 1}`, fte: rij.fte, personeel });
  });
  const personeelRegels = personeelsRegels(lkPerUnit, opgegevenPerUnit, functies);
  personeelRegels.push({ soort: "niet_productief", label: "Niet-productieve uren (begrepen in de formatie)", exact: ZERO, elementen: J_A_W_C,
    toelichting: "in het capaciteitsmodel zit alle niet-productieve tijd in de formatie in fte" });
  const dPers = sum(personeelRegels.map((r) => r.exact));
  const jaarMaterieel = p.jaarlijkse_materiele_kosten ?? ZERO;
  const m = (p.materiele_kosten ?? ZERO).plus(jaarMaterieel.dividedBy(eenheden));
  const totaalFte = sum(functies.map((f) => f.fte!));
  const conventies = [
    `Capaciteitsmodel: formatie ${formatGetal(totaalFte)} fte voor ${formatGetal(p.plaatsen!)} plaatsen × 365 dagen × bezetting ${formatProcent(bezetting)} = ${formatGetal(eenheden.toDecimalPlaces(2))} etmalen per jaar`,
  ];
  return { model: "capaciteit", eenheid, dPers, personeelRegels, functies, conventies, m, eenhedenPerJaar: eenheden };
}

/** Personnel and material cost per unit (everything before overhead, risk and rounding). */
export function berekenKern(invoer: TariefInvoer, context: RekenContext = {}): Kern {
  return invoer.parameters.plaatsen !== undefined ? capaciteitsModel(invoer, context) : urenModel(invoer, context);
}

export function berekenTarief(invoer: TariefInvoer, context: RekenContext = {}): TariefResultaat {
  controleerOverhead(invoer.parameters);
  return voltooiTarief(berekenKern(invoer, context), invoer.parameters);
}

function controleerOverhead(p: Parameters): asserts p is Parameters & { overhead: Decimal } {
  if (p.overhead === undefined) {
    throw new InvoerFout(MSG.ontbreekt("overhead", "geef de overhead als fractie (bijv. 0,20), ook als die 0 is, en kies zo nodig overhead_conventie ('opslag' of 'aandeel')."),
      { parameter: "overhead", toegestaan: "0 ≤ overhead ≤ 1" });
  }
}

/** Overhead, risk, rounding and the breakdown on top of a Kern (domain spec §3.5–§3.6). */
export function voltooiTarief(kern: Kern, p: Parameters): TariefResultaat {
  controleerOverhead(p);
  const conventie: OverheadConventie = p.overhead_conventie ?? "opslag";
  const overMaterieel = p.overhead_over_materieel ?? true;
  const o = p.overhead;
  const wf = verplichtingenRegel(p, kern);
  const oh = pasOverheadToe(wf ? kern.dPers.plus(wf.exact) : kern.dPers, kern.m, o, conventie, overMaterieel);
  const r = p.risico_opslag ?? ZERO;
  const risico = maal(oh.kostprijs, r);
  const onafgerond = plus(oh.kostprijs, risico);
  controleerTariefGrens(onafgerond, kern.eenheid);
  const afronding = p.afronding ?? "cent";
  const tarief = rondAf(onafgerond, afronding);

  const ruw: RuweRegel[] = [
    ...kern.personeelRegels,
    ...(wf ? [wf] : []),
    { soort: "materieel", label: "Materiële kosten (cliëntgebonden)", exact: kern.m, elementen: J_B },
    { soort: "overhead", label: "Overhead", exact: oh.overheadBedrag, elementen: J_C_W_B,
      toelichting: conventie === "opslag" ? `opslag ${formatProcent(o)}` : `aandeel ${formatProcent(o)} (= opslag ${formatProcent(oh.opslagEquivalent)})` },
    { soort: "risico", label: "Opslag risico en innovatie", exact: risico, elementen: GEEN, toelichting: `${formatProcent(r)} van de kostprijs; geen wettelijk kostprijselement` },
    INDEXATIE_REGEL,
  ];
  const opbouw = rondOpbouwAf(ruw, tarief, afronding, onafgerond);

  const conventies = [
    ...kern.conventies,
    conventie === "opslag"
      ? `Overhead: opslag ${formatProcent(o)} op de directe kosten (= ${formatProcent(aandeelUitOpslag(o))} aandeel in de kostprijs)`
      : `Overhead: aandeel ${formatProcent(o)} in de kostprijs (= opslag ${formatProcent(opslagUitAandeel(o))} op de directe kosten)`,
    `Overhead over materiële kosten: ${overMaterieel ? "ja" : "nee"}`,
    `Risico-opslag: ${formatProcent(r)}`,
    `Afronding: ${afronding}, ${AFRONDING_OMSCHRIJVING[afronding]}; regels op centen, verschil als eigen regel`,
    "Indexatie: niet in dit tarief (apart toe te passen)",
  ];
  const bronnen = kern.functies.flatMap((f) => f.personeel.herkomst);
  return {
    model: kern.model,
    eenheid: kern.eenheid,
    tarief,
    tariefOnafgerond: onafgerond,
    kostprijs: oh.kostprijs,
    directePersoneelskosten: kern.dPers,
    materieleKosten: kern.m,
    overhead: oh.overheadBedrag,
    risico,
    kostenPerProductiefUur: kern.kostenPerProductiefUur,
    urenPerClientEenheid: kern.urenPerClientEenheid,
    eenhedenPerJaar: kern.eenhedenPerJaar,
    functies: kern.functies,
    opbouw,
    bronnen: dedupeHerkomst(bronnen),
    afronding,
    conventies,
  };
}

function dedupeHerkomst(h: Herkomst[]): Herkomst[] {
  if (h.length < 2) return h;
  const seen = new Set<string>();
  return h.filter((x) => {
    const key = `${x.omschrijving}|${x.bron}|${x.geldigVanaf}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Personnel cost per fte per year of a single parameter set (RT.LOONKOSTEN). */
export function berekenLoonkostenFte(p: Parameters, context: RekenContext = {}): Personeel {
  return bepaalPersoneel(p, context);
}

/** Productivity on paid hours of a single parameter set (RT.PRODUCTIVITEIT). */
export function berekenProductiviteit(p: Parameters, context: RekenContext = {}): Uren {
  const personeel = bepaalPersoneelUren(p, context);
  return bepaalFunctieUren(p, personeel);
}

function bepaalPersoneelUren(p: Parameters, context: RekenContext): Decimal {
  // Only H is needed: uren_per_week / jaaruren, or the CAO's hours.
  if (p.jaaruren !== undefined) return p.jaaruren;
  if (p.uren_per_week !== undefined) return p.uren_per_week.times(52);
  const datum = p.peildatum ?? context.vandaag ?? new Date().toISOString().slice(0, 10);
  const std = p.cao !== undefined ? context.caoBron?.caoParameter?.(p.cao, "uren_per_week", datum) : undefined;
  return (std?.waarde ?? new Decimal(36)).times(52);
}
