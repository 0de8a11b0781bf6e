/**
 * The ONE place where engine errors become Excel errors:
 * - `InvoerFout` (invalid input)           → `#VALUE!` with the engine's Dutch message;
 * - `NietGevondenFout` (lookup found nothing) → `#N/A` with the message;
 * - an error that already is a `CustomFunctions.Error` passes through unchanged;
 * - anything else                           → `#VALUE!` "Interne fout: …" (a function never throws raw).
 * When the engine knows the row of the parameter range (`details.rij`), the message starts with "rij N: ".
 */
import { isRtFout, type RtFout } from "../core/errors";

/** The shape of `CustomFunctions.Error` we rely on (code + message). */
export interface ExcelFout extends Error {
  code: string;
}

/** Message as shown in Excel: "rij 3: <engine message>" when the row is known. */
export function foutMelding(e: RtFout): string {
  const rij = e.details?.rij;
  const kolom = e.details?.kolom;
  if (rij === undefined) return e.message;
  if (new RegExp(`\\brij ${rij}\\b`).test(e.message)) return e.message; // the message already names the row
  return `rij ${rij}${kolom !== undefined && kolom > 2 ? `, kolom ${kolom}` : ""}: ${e.message}`;
}

function isExcelFout(e: unknown): e is ExcelFout {
  return typeof CustomFunctions !== "undefined" && e instanceof CustomFunctions.Error;
}

/** Converts any thrown value into a `CustomFunctions.Error` (to be thrown or returned). */
export function naarExcelFout(e: unknown): CustomFunctions.Error {
  if (isExcelFout(e)) return e as unknown as CustomFunctions.Error;
  if (isRtFout(e)) {
    const code = e.soort === "niet_gevonden" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, foutMelding(e));
  }
  const tekst = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Interne fout: ${tekst}`);
}

/** Runs `f` and rethrows every error as an Excel error. */
export function metExcelFouten<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- CustomFunctions.Error is an Error at run time; its declaration does not say so
    throw naarExcelFout(e);
  }
}
