/**
 * The functiemix rows of one product on a template's sheet "Functiemix" (header row with "product" plus
 * functiemix columns; each row belongs to the product named in its "product" column). Pure: shared by the
 * command line (exceljs values) and the task pane (Excel values).
 */
import { normaliseerNaam } from "../core/parameters/namen";

/** A product name as it is compared: trimmed, inner spaces collapsed, case-insensitive. */
export function productSleutel(naam: string): string {
  return naam.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The 0-based column of the "product" header, or -1. */
export function productKolom(kop: readonly unknown[]): number {
  return kop.findIndex((c) => typeof c === "string" && normaliseerNaam(c) === "product");
}

/**
 * The functiemix rows for one product (header row kept, "product" column removed), with the sheet row and
 * column numbers (1-based) of what remains, so errors can name the cell. Undefined when the product has no rows.
 */
export function functiemixVoor<T>(
  waarden: readonly (readonly T[])[],
  product: string,
): { bereik: T[][]; rijNummers: number[]; kolomNummers: number[] } | undefined {
  const kop = waarden[0] ?? [];
  const pk = productKolom(kop);
  if (pk < 0) return undefined;
  const rijNummers = [1];
  waarden.forEach((r, i) => {
    const c = r[pk];
    if (i > 0 && typeof c === "string" && productSleutel(c) === productSleutel(product)) rijNummers.push(i + 1);
  });
  if (rijNummers.length === 1) return undefined;
  const kolomNummers = kop.map((_, i) => i + 1).filter((c) => c !== pk + 1);
  const zonder = (r: readonly T[]) => r.filter((_, i) => i !== pk);
  return { bereik: rijNummers.map((n) => zonder(waarden[n - 1])), rijNummers, kolomNummers };
}

const leeg = (v: unknown) => v === "" || v === null || v === undefined;

/**
 * The sheet "Functiemix" as the reader needs it: the columns up to the first empty header cell (the template's
 * live check column "aandelen van dit product samen", right of an empty column, is not a functiemix column) and
 * the rows up to the last non-empty one.
 */
export function functiemixTabel<T>(raster: readonly (readonly T[])[]): T[][] {
  const kop = raster[0] ?? [];
  let breedte = kop.findIndex((c) => leeg(c));
  if (breedte < 0) breedte = kop.length;
  const rijen = raster.map((r) => r.slice(0, breedte));
  while (rijen.length > 1 && rijen[rijen.length - 1].every(leeg)) rijen.pop();
  return rijen;
}
