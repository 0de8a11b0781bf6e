/**
 * Engine errors. Two kinds, because Excel shows two kinds:
 * - `InvoerFout` (invalid input) → `#VALUE!` in Excel, exit code 2 on the command line;
 * - `NietGevondenFout` (a lookup found nothing: CAO, schaal, trede, date, year) → `#N/A`, exit code 3.
 * Every message is Dutch and names the parameter, the value and what is allowed.
 */
export type FoutSoort = "invoer" | "niet_gevonden";

export interface FoutDetails {
  /** canonical parameter name, if the error concerns one */
  parameter?: string;
  /** the offending value as the user gave it */
  waarde?: unknown;
  /** what is allowed, in Dutch */
  toegestaan?: string;
  /** 1-based row in the parameter range, if known (for sheet/cell messages) */
  rij?: number;
  /** 1-based column in the range, if known */
  kolom?: number;
}

export abstract class RtFout extends Error {
  abstract readonly soort: FoutSoort;
  readonly details: FoutDetails;
  constructor(message: string, details: FoutDetails = {}) {
    super(message);
    this.details = details;
    this.name = new.target.name;
  }
  /** Returns the same error with a row/column position attached (used by range readers). */
  abstract metPositie(rij?: number, kolom?: number): RtFout;
}

export class InvoerFout extends RtFout {
  readonly soort = "invoer" as const;
  metPositie(rij?: number, kolom?: number): InvoerFout {
    return new InvoerFout(this.message, { ...this.details, rij: this.details.rij ?? rij, kolom: this.details.kolom ?? kolom });
  }
}

export class NietGevondenFout extends RtFout {
  readonly soort = "niet_gevonden" as const;
  metPositie(rij?: number, kolom?: number): NietGevondenFout {
    return new NietGevondenFout(this.message, { ...this.details, rij: this.details.rij ?? rij, kolom: this.details.kolom ?? kolom });
  }
}

/**
 * An engine invariant does not hold (e.g. a breakdown whose lines do not add up to its tariff). Never caused by
 * input; it is not an RtFout, so Excel shows "Interne fout: …" and the command line exits non-zero, never a number.
 */
export class InterneFout extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InterneFout";
  }
}

export function isRtFout(e: unknown): e is RtFout {
  return e instanceof RtFout;
}
