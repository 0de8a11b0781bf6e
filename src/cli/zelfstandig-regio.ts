/**
 * The products of a region for the self-contained export: every product with its own tariff, computed from the
 * region's standard input (norm staffing under the reference CAO, or its own functiemix).
 */
import type { RekenContext } from "../core/bronnen";
import { heeftTarief, standaardInvoer, type Regio } from "../core/regio-definitie";
import { berekenTarief } from "../core/tarief";
import type { ExportProduct } from "./zelfstandig";

export function regioExportProducten(regio: Regio, context: RekenContext): ExportProduct[] {
  return regio.producten.filter(heeftTarief).map((p) => {
    const invoer = standaardInvoer(regio, p);
    return { product: p.product, invoer, resultaat: berekenTarief(invoer, context) };
  });
}
