/**
 * W-f (art. 5.4 lid 3 sub f Uitvoeringsbesluit Wmo 2015): other costs caused by the municipality's obligations,
 * such as reporting and administration. Two parameters feed one breakdown line:
 *   W-f = administratie_uren_per_eenheid × K + administratie_kosten_per_eenheid
 * (K = cost per productive hour). The line is part of the direct cost, so overhead applies to it.
 */
import { ZERO } from "./decimal";
import { InvoerFout } from "./errors";
import { formatBedrag, formatGetal } from "./format";
import type { RuweRegel, WettelijkElement } from "./opbouw";
import type { Parameters } from "./parameters/schema";
import type { Kern } from "./kern";

const ELEMENTEN: readonly WettelijkElement[] = Object.freeze(["J-a", "W-f"]);

/** The W-f line, or undefined when neither parameter is given. */
export function verplichtingenRegel(p: Parameters, kern: Kern): RuweRegel | undefined {
  const uren = p.administratie_uren_per_eenheid;
  const kosten = p.administratie_kosten_per_eenheid;
  if (uren === undefined && kosten === undefined) return undefined;
  let exact = kosten ?? ZERO;
  const delen: string[] = [];
  if (uren !== undefined) {
    if (kern.kostenPerProductiefUur === undefined) {
      throw new InvoerFout(
        `administratie_uren_per_eenheid = ${formatGetal(uren)} gaat niet samen met het capaciteitsmodel (plaatsen): daar is geen uurkost; geef administratie_kosten_per_eenheid.`,
        { parameter: "administratie_uren_per_eenheid", waarde: uren.toNumber(), toegestaan: "administratie_kosten_per_eenheid in het capaciteitsmodel" },
      );
    }
    exact = exact.plus(uren.times(kern.kostenPerProductiefUur));
    delen.push(`${formatGetal(uren)} uur × kosten per productief uur`);
  }
  if (kosten !== undefined) delen.push(`${formatBedrag(kosten)} per eenheid`);
  return {
    soort: "gemeentelijke_verplichtingen",
    label: "Rapportage en administratie (gemeentelijke verplichtingen)",
    exact,
    elementen: ELEMENTEN,
    toelichting: delen.join(" + "),
  };
}
