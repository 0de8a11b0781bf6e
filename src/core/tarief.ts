/**
 * The complete calculation chain (domain spec §3.7):
 *   LK → P → K (mix-weighted) → D_pers → D (+m) → T (overhead) → × (1 + r) → round
 * The personnel and material cost per unit (the Kern) come from the hour model (urenmodel.ts) or, with plaatsen,
 * the capacity model (capaciteitsmodel.ts); this module adds overhead, risk and rounding and builds the breakdown.
 * Every result carries its breakdown per legal cost element, the conventions used and the sources of looked-up figures.
 */
import type { Herkomst, RekenContext } from "./bronnen";
import { capaciteitsModel } from "./capaciteitsmodel";
import { overheadToelichting, tariefConventies } from "./conventies";
import { Decimal, ZERO, maal, plus } from "./decimal";
import { rondAf } from "./afronding";
import { InvoerFout } from "./errors";
import { formatProcent } from "./format";
import { controleerTariefGrens } from "./grenzen";
import type { FunctieUitkomst, Kern } from "./kern";
import { MSG } from "./messages";
import { pasOverheadToe } from "./overhead";
import { rondOpbouwAf, type OpbouwRegel, type RuweRegel, type WettelijkElement } from "./opbouw";
import type { Afrondingsregel, Eenheid, OverheadConventie } from "./parameters/definities";
import type { FunctieParameters, Parameters } from "./parameters/schema";
import { urenModel } from "./urenmodel";
import { verplichtingenRegel } from "./verplichtingen";

export interface TariefInvoer {
  parameters: Parameters;
  functiemix?: readonly FunctieParameters[];
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

/** Legal elements of the lines after the Kern (shared, never mutated). */
const J_B: readonly WettelijkElement[] = Object.freeze(["J-b"]);
const J_C_W_B: readonly WettelijkElement[] = Object.freeze(["J-c", "W-b"]);
const GEEN: readonly WettelijkElement[] = Object.freeze([]);

/** The same for every tariff (lines are copied when rounded, so one shared object is safe). */
const INDEXATIE_REGEL: RuweRegel = Object.freeze<RuweRegel>({
  soort: "indexatie",
  label: "Indexatie (apart toegepast)",
  exact: ZERO,
  elementen: ["J-d", "W-e"],
  toelichting: "dit tarief is niet geïndexeerd; pas de jaarlijkse index toe met RT.INDEXEER / RT.INDEXATIE",
});

/** Personnel and material cost per unit (everything before overhead, risk and rounding). */
export function berekenKern(invoer: TariefInvoer, context: RekenContext = {}): Kern {
  return invoer.parameters.plaatsen !== undefined ? capaciteitsModel(invoer, context) : urenModel(invoer, context);
}

export function berekenTarief(invoer: TariefInvoer, context: RekenContext = {}): TariefResultaat {
  controleerOverhead(invoer.parameters);
  const resultaat = voltooiTarief(berekenKern(invoer, context), invoer.parameters);
  context.vastleggen?.(invoer, resultaat);
  return resultaat;
}

function controleerOverhead(p: Parameters): asserts p is Parameters & { overhead: Decimal } {
  if (p.overhead === undefined) {
    throw new InvoerFout(
      MSG.ontbreekt("overhead", "geef de overhead als fractie (bijv. 0,20), ook als die 0 is, en kies zo nodig overhead_conventie ('opslag' of 'aandeel')."),
      { parameter: "overhead", toegestaan: "0 ≤ overhead ≤ 1" },
    );
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
    { soort: "overhead", label: "Overhead", exact: oh.overheadBedrag, elementen: J_C_W_B, toelichting: overheadToelichting(o, conventie, oh.opslagEquivalent) },
    {
      soort: "risico",
      label: "Opslag risico en innovatie",
      exact: risico,
      elementen: GEEN,
      toelichting: `${formatProcent(r)} van de kostprijs; geen wettelijk kostprijselement`,
    },
    INDEXATIE_REGEL,
  ];
  const opbouw = rondOpbouwAf(ruw, tarief, afronding, onafgerond);

  const conventies = [...kern.conventies, ...tariefConventies(o, conventie, overMaterieel, r, afronding)];
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
