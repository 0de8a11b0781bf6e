/**
 * What the engine needs from reference data (CAO tables and CAO parameters), as an interface: the engine stays
 * free of files and Office, and the data layer (src/data) or a user's own tables provide the implementation.
 */
import type { Decimal } from "./decimal";
import { InterneFout } from "./errors";
import type { GegevensOmgeving } from "./verantwoording";
import type { TariefInvoer, TariefResultaat } from "./tarief";

export type Status = "geverifieerd" | "secundair" | "afgeleid" | "gebruiker";

/** Where a figure comes from: shown in breakdowns so a tariff can be defended. */
export interface Herkomst {
  /** e.g. "CAO Gehandicaptenzorg, salarisschalen per 1 december 2023" */
  omschrijving: string;
  bron: string;
  geldigVanaf: string;
  status: Status;
  /** for derived tables: the increases applied, in order */
  toegepast?: string[];
  /** set when the date lies beyond what the data is known to cover: the figure may be out of date */
  verouderd?: { nieuwste: string; toelichting: string };
}

/** The status as shown to users: "geverifieerd", or "afgeleid; mogelijk verouderd (…)" when the data may be stale. */
export function statusTekst(h: Pick<Herkomst, "status" | "verouderd">): string {
  return h.verouderd ? `${h.status}; mogelijk verouderd (${h.verouderd.toelichting})` : h.status;
}

/** The statutory minimum wage as a monthly full-time amount for given hours, with how it was computed. */
export interface Minimumloon {
  bedrag: Decimal;
  /** e.g. "€ 14,40 × 36 uur × 52 / 12 = € 2.246,40" */
  berekening: string;
  herkomst: Herkomst;
}

export interface SalarisOpzoeking {
  cao: string;
  schaal: string;
  trede: string;
  /** ISO date */
  peildatum: string;
}

export interface SalarisUitkomst {
  /** monthly full-time salary */
  bedrag: Decimal;
  /** the names as found in the table (canonical spelling) */
  cao: string;
  schaal: string;
  trede: string;
  /** full-time hours per week of the table, if known */
  urenPerWeek?: Decimal;
  herkomst: Herkomst;
  /** set when the table amount lay below the statutory minimum wage and the minimum was used instead */
  minimumloon?: { tabelBedrag: Decimal; minimum: Minimumloon };
}

/** CAO-level defaults the engine may use when the user gives none (uren_per_week, eindejaarsuitkering, …). */
export interface CaoStandaard {
  waarde: Decimal;
  herkomst: Herkomst;
}

export interface CaoBron {
  /** Throws NietGevondenFout when the CAO, scale, step or date has no table. */
  salaris(opzoeking: SalarisOpzoeking): SalarisUitkomst;
  /** A CAO parameter (e.g. "uren_per_week", "eindejaarsuitkering", "vakantietoeslag") on a date, or undefined if unknown. */
  caoParameter?(cao: string, naam: string, peildatum: string): CaoStandaard | undefined;
  /** The statutory minimum wage per month for a full-time job of `urenPerWeek` hours on a date, if known. */
  minimumloon?(peildatum: string, urenPerWeek: Decimal): Minimumloon | undefined;
}

export interface RekenContext {
  caoBron?: CaoBron;
  /** ISO date used when `peildatum` is not given: today, set by the adapter or command line (the engine reads no clock) */
  vandaag?: string;
  /** the data behind caoBron with their versions, for the audit block (core/verantwoording) */
  gegevens?: GegevensOmgeving;
  /** called with every tariff computed in this context (the audit block of a whole region run) */
  vastleggen?: (invoer: TariefInvoer, resultaat: TariefResultaat) => void;
}

/**
 * The date for a lookup: the peildatum given, else the context's today. The engine never reads the clock: the
 * adapters and the command line put today into the context.
 */
export function peildatumOfVandaag(peildatum: string | undefined, context: RekenContext): string {
  if (peildatum !== undefined) return peildatum;
  if (context.vandaag === undefined) {
    throw new InterneFout("de rekencontext heeft geen datum van vandaag en de parameters geen peildatum; de aanroeper hoort 'vandaag' mee te geven.");
  }
  return context.vandaag;
}

/** A CAO-level default (uren_per_week, eindejaarsuitkering, …) on the peildatum, or undefined when there is no CAO or the source does not know it. */
export function caoStandaard(context: RekenContext, cao: string | undefined, naam: string, peildatum: string | undefined): CaoStandaard | undefined {
  if (!context.caoBron?.caoParameter || cao === undefined) return undefined;
  return context.caoBron.caoParameter(cao, naam, peildatumOfVandaag(peildatum, context));
}
