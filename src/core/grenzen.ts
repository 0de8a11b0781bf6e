/**
 * The documented maximum of a tariff. A tariff above it is refused, never written: it cannot be a real
 * provider's tariff and points at a wrong input (a tiny productivity or occupancy), and far above it a number
 * stops being representable in Excel (1e308 → Infinity). Plausible lower bounds of the inputs that divide
 * (productiviteit, bezettingsgraad, uren_per_week, jaaruren, plaatsen) are in the parameter definitions.
 */
import { Decimal } from "./decimal";
import { InvoerFout } from "./errors";
import { formatGetal } from "./format";

/** € 10.000.000 per unit (an etmaal, a trajectory of 10.000 hours at € 150 is € 1,5 mln). */
export const MAX_TARIEF = new Decimal("10000000");

/** Refuses a tariff (before rounding) that is not finite, negative, or above `MAX_TARIEF`. */
export function controleerTariefGrens(onafgerond: Decimal, eenheid: string): void {
  if (onafgerond.isFinite() && !onafgerond.isNegative() && onafgerond.lessThanOrEqualTo(MAX_TARIEF)) return;
  const getoond = onafgerond.isFinite()
    ? onafgerond.abs().greaterThan("1e15")
      ? onafgerond.toExponential(2)
      : formatGetal(onafgerond.toDecimalPlaces(2))
    : String(onafgerond);
  throw new InvoerFout(
    `Het tarief komt uit op € ${getoond} per ${eenheid}; toegestaan: € 0 tot en met € ${formatGetal(MAX_TARIEF)} per eenheid. ` +
      "Zo'n tarief wijst op een invoerfout: controleer vooral productiviteit, bezettingsgraad, groepsgrootte, uren en plaatsen.",
    { parameter: "tarief", waarde: getoond, toegestaan: `0 ≤ tarief ≤ ${formatGetal(MAX_TARIEF)}` },
  );
}
