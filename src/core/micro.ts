/**
 * Micro-enterprise test (EU Recommendation 2003/361/EC, domain spec §8): fewer than 10 persons (annual work
 * units) AND annual turnover OR balance-sheet total of at most € 2 million. Figures of partner and linked
 * enterprises must already be added in by the user.
 */
import { Decimal } from "./decimal";
import { InvoerFout } from "./errors";
import { toonWaarde } from "./format";

export const MICRO_MAX_PERSONEEL = new Decimal(10); // exclusive
export const MICRO_MAX_BEDRAG = new Decimal(2_000_000); // inclusive

export interface MicroUitkomst {
  micro: boolean;
  reden: string;
}

function nietNegatief(naam: string, v: Decimal): void {
  if (v.isNegative()) throw new InvoerFout(`${naam} = ${toonWaarde(v)} is negatief; toegestaan: 0 of meer.`, { parameter: naam, waarde: v.toNumber(), toegestaan: "≥ 0" });
}

export function isMicro(personeel: Decimal, jaaromzet: Decimal, balanstotaal: Decimal): MicroUitkomst {
  nietNegatief("personeel", personeel);
  nietNegatief("jaaromzet", jaaromzet);
  nietNegatief("balanstotaal", balanstotaal);
  if (!personeel.lessThan(MICRO_MAX_PERSONEEL)) {
    return { micro: false, reden: `personeel ${toonWaarde(personeel)} jaarwerkeenheden: niet minder dan 10` };
  }
  if (jaaromzet.lessThanOrEqualTo(MICRO_MAX_BEDRAG)) return { micro: true, reden: "minder dan 10 personen en jaaromzet ten hoogste € 2 miljoen" };
  if (balanstotaal.lessThanOrEqualTo(MICRO_MAX_BEDRAG)) return { micro: true, reden: "minder dan 10 personen en balanstotaal ten hoogste € 2 miljoen" };
  return { micro: false, reden: "jaaromzet én balanstotaal boven € 2 miljoen" };
}
