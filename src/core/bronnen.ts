/**
 * What the engine needs from reference data (CAO tables and CAO parameters), as an interface: the engine stays
 * free of files and Office, and the data layer (src/data) or a user's own tables provide the implementation.
 */
import type { Decimal } from "./decimal";

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
}

export interface RekenContext {
  caoBron?: CaoBron;
  /** ISO date used when `peildatum` is not given (default: today) */
  vandaag?: string;
}
