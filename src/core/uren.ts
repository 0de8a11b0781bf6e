/**
 * Paid and productive hours and productivity (domain spec §3.2), in the three conventions:
 *   H = uren_per_week × 52 (or jaaruren)
 *   betaalde_uren:     π = P / H
 *   beschikbare_uren:  π = π_b × (H − V − Fd − Z) / H,  Z = verzuim × (H − V − Fd)
 *   afslag:            π = 1 − a
 * or derived from the non-productive hours: P = H − V − Fd − Z − O − WO − R − A.
 */
import { caoStandaard, type Herkomst, type RekenContext } from "./bronnen";
import { Decimal, ONE, WEEKS_PER_YEAR, ZERO } from "./decimal";
import { InvoerFout } from "./errors";
import { formatGetal, formatProcent } from "./format";
import { MSG } from "./messages";
import type { ProductiviteitBasis } from "./parameters/definities";
import { teltAlsOpgegeven } from "./parameters/cellen";

export const STANDAARD_UREN_PER_WEEK = new Decimal(36);

export interface NietProductieveUren {
  verlofuren?: Decimal;
  feestdaguren?: Decimal;
  verzuim?: Decimal;
  scholingsuren?: Decimal;
  overleguren?: Decimal;
  reisuren?: Decimal;
  indirecte_uren?: Decimal;
}

export interface ProductiviteitInvoer extends NietProductieveUren {
  productiviteit?: Decimal;
  productiviteit_basis?: ProductiviteitBasis;
}

export interface Uren {
  /** H: paid hours per fte per year */
  betaaldeUren: Decimal;
  /** P: productive hours per fte per year */
  productieveUren: Decimal;
  /** π on paid hours */
  productiviteit: Decimal;
  /** how π was obtained, for the breakdown's conventions */
  toelichting: string;
  /** the hours deducted, when derived or converted */
  verzuimUren?: Decimal;
}

/** H = uren_per_week × 52, unless jaaruren overrides it. */
export function betaaldeUren(urenPerWeek: Decimal, jaaruren?: Decimal): Decimal {
  return jaaruren ?? urenPerWeek.times(WEEKS_PER_YEAR);
}

/** What determines the paid hours of a function. */
export interface WerktijdInvoer {
  uren_per_week?: Decimal;
  jaaruren?: Decimal;
  cao?: string;
  peildatum?: string;
}

/**
 * uren_per_week: the value given, else the CAO's (its source added to `herkomst`), else the hours of the salary
 * table, else 36. `cao` is the CAO's name as found in the salary table, or as given.
 */
export function bepaalUrenPerWeek(p: WerktijdInvoer, cao: string | undefined, context: RekenContext, herkomst: Herkomst[], tabelUren?: Decimal): Decimal {
  if (p.uren_per_week !== undefined) return p.uren_per_week;
  const std = caoStandaard(context, cao, "uren_per_week", p.peildatum);
  if (!std) return tabelUren ?? STANDAARD_UREN_PER_WEEK;
  herkomst.push(std.herkomst);
  return std.waarde;
}

/** Productivity on paid hours of a single parameter set (RT.PRODUCTIVITEIT): H as for the tariff, then P and π. */
export function berekenProductiviteit(p: WerktijdInvoer & ProductiviteitInvoer, context: RekenContext = {}): Uren {
  // jaaruren overrides the weekly hours, so no CAO lookup is needed for H
  const h = p.jaaruren ?? betaaldeUren(bepaalUrenPerWeek(p, p.cao, context, []));
  return bepaalUren(h, p);
}

/** Hours available after leave, holidays and absence: H − V − Fd − Z. */
export function beschikbareUren(h: Decimal, i: NietProductieveUren): { beschikbaar: Decimal; verzuimUren: Decimal } {
  const naVerlof = h.minus(i.verlofuren ?? ZERO).minus(i.feestdaguren ?? ZERO);
  if (naVerlof.lessThanOrEqualTo(0)) {
    throw new InvoerFout(
      `verlofuren + feestdaguren = ${formatGetal((i.verlofuren ?? ZERO).plus(i.feestdaguren ?? ZERO))} is niet kleiner dan de betaalde uren (${formatGetal(h)}); toegestaan: samen minder dan de jaaruren.`,
      { parameter: "verlofuren", waarde: i.verlofuren?.toNumber(), toegestaan: `verlofuren + feestdaguren < ${h.toString()}` },
    );
  }
  const verzuimUren = naVerlof.times(i.verzuim ?? ZERO);
  return { beschikbaar: naVerlof.minus(verzuimUren), verzuimUren };
}

const NIET_PRODUCTIEF_NAMEN = ["verlofuren", "feestdaguren", "verzuim", "scholingsuren", "overleguren", "reisuren", "indirecte_uren"] as const;

function gegevenNietProductief(i: NietProductieveUren): string[] {
  // a 0 adds no hours: it counts as not given, so a desktop blank (0) and a web blank (null) agree
  return NIET_PRODUCTIEF_NAMEN.filter((n) => teltAlsOpgegeven(i[n]));
}

/** Converts a productivity in any convention to productivity on paid hours. */
export function naarBetaaldeUren(pi: Decimal, basis: ProductiviteitBasis, h: Decimal, i: NietProductieveUren = {}): Decimal {
  switch (basis) {
    case "betaalde_uren":
      return pi;
    case "afslag":
      return ONE.minus(pi);
    case "beschikbare_uren":
      return pi.times(beschikbareUren(h, i).beschikbaar).dividedBy(h);
  }
}

/** Determines H, P and π from the parameters (exactly one route, else an error that says why). */
export function bepaalUren(h: Decimal, i: ProductiviteitInvoer): Uren {
  const basis = i.productiviteit_basis ?? "betaalde_uren";
  const gegeven = gegevenNietProductief(i);
  if (i.productiviteit !== undefined) {
    const pi = i.productiviteit;
    if (basis === "betaalde_uren") {
      if (gegeven.length > 0) {
        throw new InvoerFout(
          MSG.conflict(
            `productiviteit (op betaalde uren) én ${gegeven.join(", ")} zijn opgegeven. Geef óf de productiviteit, óf de niet-productieve uren (dan wordt de productiviteit afgeleid); bij productiviteit_basis 'beschikbare_uren' horen alleen verlofuren, feestdaguren en verzuim erbij.`,
          ),
          { parameter: "productiviteit", waarde: pi.toNumber(), toegestaan: "productiviteit of niet-productieve uren, niet beide" },
        );
      }
      return { betaaldeUren: h, productiviteit: pi, productieveUren: h.times(pi), toelichting: `productiviteit ${formatProcent(pi)} van de betaalde uren` };
    }
    if (basis === "afslag") {
      if (gegeven.length > 0) {
        throw new InvoerFout(MSG.conflict(`productiviteit_basis 'afslag' gaat niet samen met ${gegeven.join(", ")}.`), {
          parameter: "productiviteit_basis",
          waarde: basis,
          toegestaan: "afslag zonder niet-productieve uren",
        });
      }
      if (pi.greaterThanOrEqualTo(1)) {
        throw new InvoerFout(
          `productiviteit = ${formatProcent(pi)} is als afslag te hoog: er blijven geen productieve uren over; toegestaan: een afslag kleiner dan 100%.`,
          { parameter: "productiviteit", waarde: pi.toNumber(), toegestaan: "0 ≤ afslag < 1" },
        );
      }
      const piBetaald = ONE.minus(pi);
      return {
        betaaldeUren: h,
        productiviteit: piBetaald,
        productieveUren: h.times(piBetaald),
        toelichting: `afslag ${formatProcent(pi)} op de betaalde uren → productiviteit ${formatProcent(piBetaald)} van de betaalde uren`,
      };
    }
    // beschikbare_uren
    const teVeel = gegeven.filter((n) => !["verlofuren", "feestdaguren", "verzuim"].includes(n));
    if (teVeel.length > 0) {
      throw new InvoerFout(MSG.conflict(`bij productiviteit_basis 'beschikbare_uren' tellen ${teVeel.join(", ")} al mee in de productiviteit; laat ze weg.`), {
        parameter: teVeel[0],
        toegestaan: "alleen verlofuren, feestdaguren en verzuim",
      });
    }
    if (gegeven.length === 0) {
      throw new InvoerFout(
        MSG.ontbreekt(
          "verlofuren",
          "productiviteit_basis 'beschikbare_uren' heeft verlofuren, feestdaguren en/of verzuim nodig om naar betaalde uren om te rekenen.",
        ),
        { parameter: "verlofuren", toegestaan: "verlofuren, feestdaguren, verzuim" },
      );
    }
    const { beschikbaar, verzuimUren } = beschikbareUren(h, i);
    const piBetaald = pi.times(beschikbaar).dividedBy(h);
    return {
      betaaldeUren: h,
      productiviteit: piBetaald,
      productieveUren: beschikbaar.times(pi),
      verzuimUren,
      toelichting: `productiviteit ${formatProcent(pi)} van de beschikbare uren (${formatGetal(beschikbaar.toDecimalPlaces(2))} van ${formatGetal(h)}) → ${formatProcent(piBetaald)} van de betaalde uren`,
    };
  }
  if (gegeven.length === 0) {
    throw new InvoerFout(
      MSG.ontbreekt(
        "productiviteit",
        "geef de productiviteit (bijv. 0,80) of de niet-productieve uren (verlofuren, feestdaguren, verzuim, scholingsuren, overleguren, reisuren, indirecte_uren).",
      ),
      { parameter: "productiviteit", toegestaan: "0 < productiviteit ≤ 1" },
    );
  }
  if (i.productiviteit_basis !== undefined && i.productiviteit_basis !== "betaalde_uren") {
    throw new InvoerFout(MSG.ontbreekt("productiviteit", `productiviteit_basis '${i.productiviteit_basis}' heeft een productiviteit nodig.`), {
      parameter: "productiviteit",
      toegestaan: "0 < productiviteit ≤ 1",
    });
  }
  const { beschikbaar, verzuimUren } = beschikbareUren(h, i);
  const p = beschikbaar
    .minus(i.scholingsuren ?? ZERO)
    .minus(i.overleguren ?? ZERO)
    .minus(i.reisuren ?? ZERO)
    .minus(i.indirecte_uren ?? ZERO);
  if (p.lessThanOrEqualTo(0)) {
    throw new InvoerFout(
      `De niet-productieve uren zijn samen ${formatGetal(h.minus(p).toDecimalPlaces(2))} uur, niet minder dan de ${formatGetal(h)} betaalde uren: er blijven geen productieve uren over.`,
      { parameter: "indirecte_uren", toegestaan: "samen minder dan de betaalde uren" },
    );
  }
  const pi = p.dividedBy(h);
  return {
    betaaldeUren: h,
    productieveUren: p,
    productiviteit: pi,
    verzuimUren,
    toelichting: `productiviteit afgeleid uit de niet-productieve uren: ${formatGetal(p.toDecimalPlaces(2))} productieve van ${formatGetal(h)} betaalde uren = ${formatProcent(pi)}`,
  };
}
