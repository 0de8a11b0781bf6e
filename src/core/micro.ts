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

/** The figures of one enterprise for the EU test. */
export interface MicroCijfers {
  personeel: Decimal;
  jaaromzet: Decimal;
  balanstotaal: Decimal;
}

/** A partner enterprise (25–50% held) is added in proportionally to the share of capital or votes (Annex art. 6). */
export interface PartnerCijfers extends MicroCijfers {
  /** the higher of the share of capital and of voting rights, as a fraction */
  aandeel: Decimal;
}

export interface MicroGroepUitkomst extends MicroUitkomst {
  /** own figures + Σ aandeel × partner + Σ linked (100%) */
  totaal: MicroCijfers;
}

function controleerCijfers(waar: string, c: MicroCijfers): void {
  for (const k of ["personeel", "jaaromzet", "balanstotaal"] as const) {
    const v = c[k];
    if (v === undefined || v === null) throw new InvoerFout(`${waar}: ${k} ontbreekt; geef personeel (jaarwerkeenheden), jaaromzet en balanstotaal.`, { parameter: k, toegestaan: "≥ 0" });
    if (v.isNegative()) throw new InvoerFout(`${waar}: ${k} = ${toonWaarde(v)} is negatief; toegestaan: 0 of meer.`, { parameter: k, waarde: v.toNumber(), toegestaan: "≥ 0" });
  }
}

/**
 * The EU test with the figures of partner and linked enterprises added in (Recommendation 2003/361/EC, Annex
 * art. 6): linked enterprises count for 100%, partner enterprises in proportion to the share held.
 */
export function isMicroMetGroep(eigen: MicroCijfers, partners: readonly PartnerCijfers[] = [], verbonden: readonly MicroCijfers[] = []): MicroGroepUitkomst {
  controleerCijfers("eigen onderneming", eigen);
  let personeel = eigen.personeel;
  let jaaromzet = eigen.jaaromzet;
  let balanstotaal = eigen.balanstotaal;
  partners.forEach((p, i) => {
    const waar = `partneronderneming ${i + 1}`;
    controleerCijfers(waar, p);
    if (p.aandeel === undefined || !p.aandeel.greaterThan(0) || p.aandeel.greaterThan(1)) {
      throw new InvoerFout(`${waar}: aandeel = ${toonWaarde(p.aandeel)}; toegestaan: een fractie groter dan 0 en ten hoogste 1 (25% = 0,25).`,
        { parameter: "aandeel", waarde: p.aandeel?.toNumber(), toegestaan: "0 < aandeel ≤ 1" });
    }
    personeel = personeel.plus(p.personeel.times(p.aandeel));
    jaaromzet = jaaromzet.plus(p.jaaromzet.times(p.aandeel));
    balanstotaal = balanstotaal.plus(p.balanstotaal.times(p.aandeel));
  });
  verbonden.forEach((v, i) => {
    controleerCijfers(`verbonden onderneming ${i + 1}`, v);
    personeel = personeel.plus(v.personeel);
    jaaromzet = jaaromzet.plus(v.jaaromzet);
    balanstotaal = balanstotaal.plus(v.balanstotaal);
  });
  const u = isMicro(personeel, jaaromzet, balanstotaal);
  const groep = partners.length + verbonden.length > 0
    ? ` (inclusief ${partners.length} partner- en ${verbonden.length} verbonden onderneming(en): ${toonWaarde(personeel)} jaarwerkeenheden, omzet ${toonWaarde(jaaromzet)}, balans ${toonWaarde(balanstotaal)})`
    : "";
  return { micro: u.micro, reden: u.reden + groep, totaal: { personeel, jaaromzet, balanstotaal } };
}
