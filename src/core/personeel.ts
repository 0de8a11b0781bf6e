/**
 * Resolves one function (a row of the functiemix, or the product itself) into its personnel cost per fte and
 * its hours: salary from `maandsalaris` or a CAO table, CAO defaults, or the alternative entry points
 * `loonkosten_fte` / `loonkosten_per_uur` (domain spec §3.1–§3.3).
 */
import { caoStandaard, peildatumOfVandaag, statusTekst, type Herkomst, type RekenContext } from "./bronnen";
import { Decimal, ZERO } from "./decimal";
import { InvoerFout } from "./errors";
import { berekenLoonkosten, loonkostenOpgegeven, type Loonkosten } from "./loonkosten";
import { MSG } from "./messages";
import type { FunctieParameters, Parameters } from "./parameters/schema";
import { LEEG_NIET_GEBRUIKT, teltAlsOpgegeven } from "./parameters/cellen";
import { leegOfNulFout } from "./parameters/lezen";
import { betaaldeUren, bepaalUrenPerWeek } from "./uren";

export const STANDAARD_VAKANTIETOESLAG = new Decimal("0.08");
export const STANDAARD_EINDEJAARSUITKERING = new Decimal("0.0833");

/** Parameters that define the salary itself; a functiemix row that gives any of them replaces the product's. */
const SALARIS_SLEUTELS = ["maandsalaris", "schaal", "trede", "loonkosten_fte", "loonkosten_per_uur"] as const;
const LOONOPSLAG_SLEUTELS = [
  "vakantietoeslag",
  "eindejaarsuitkering",
  "ort",
  "overige_looncomponenten",
  "sociale_lasten",
  "pensioenpremie",
  "pensioen_franchise",
  "overige_personeelskosten",
] as const;

const SALARIS_NAMEN: ReadonlySet<string> = new Set(SALARIS_SLEUTELS);
const LOONOPSLAG_NAMEN: ReadonlySet<string> = new Set(LOONOPSLAG_SLEUTELS);

export type Loonbron = "maandsalaris" | "cao" | "loonkosten_fte" | "loonkosten_per_uur";

/** Loonkosten given directly (per fte or per paid hour): no salary, so no loonkosten lines, only their total. */
export function loonkostenDirect(loonbron: Loonbron): loonbron is "loonkosten_fte" | "loonkosten_per_uur" {
  return loonbron === "loonkosten_fte" || loonbron === "loonkosten_per_uur";
}

export interface Personeel {
  functie: string;
  loonbron: Loonbron;
  maandsalaris?: Decimal;
  urenPerWeek: Decimal;
  loonkosten: Loonkosten;
  /** H */
  betaaldeUren: Decimal;
  herkomst: Herkomst[];
  toelichting: string[];
  /** visible warnings for the salary line (e.g. a maandsalaris below the statutory minimum wage) */
  waarschuwingen?: string[];
}

/** Merges a functiemix row over the product parameters (row values win; a row's salary replaces the product's). */
export function voegSamen(product: Parameters, rij: FunctieParameters): FunctieParameters {
  const zonderSalaris = SALARIS_SLEUTELS.some((k) => rij[k] !== undefined);
  // a row with loonkosten given directly does not use the product's salary surcharges (they apply to the other rows)
  const zonderOpslagen = rij.loonkosten_fte !== undefined || rij.loonkosten_per_uur !== undefined;
  // a row with its own salary uses the product's surcharges: one left blank (or 0) next to the product's direct
  // loonkosten is ambiguous there (docs/excel.md §5)
  const nietGebruikt = (product as { [LEEG_NIET_GEBRUIKT]?: readonly string[] })[LEEG_NIET_GEBRUIKT];
  if (nietGebruikt && zonderSalaris && !zonderOpslagen) {
    const naam = nietGebruikt.find((n) => rij[n as keyof FunctieParameters] === undefined);
    if (naam !== undefined) throw leegOfNulFout(naam, null);
  }
  // built by copying instead of spreading and deleting (performance: `delete` turns the object into a slow
  // dictionary); same keys in the same order as { ...product } minus the dropped keys, then the row's values
  const samen: Record<string, unknown> = {};
  for (const k in product) {
    if (!Object.prototype.hasOwnProperty.call(product, k)) continue;
    if (zonderSalaris && SALARIS_NAMEN.has(k)) continue;
    if (zonderOpslagen && LOONOPSLAG_NAMEN.has(k)) continue;
    samen[k] = product[k as keyof Parameters];
  }
  for (const k in rij) {
    if (!Object.prototype.hasOwnProperty.call(rij, k)) continue;
    const v = rij[k as keyof FunctieParameters];
    if (v !== undefined) samen[k] = v;
  }
  return samen;
}

function bepaalLoonbron(p: Parameters): Loonbron {
  const bronnen: Loonbron[] = [];
  if (p.maandsalaris !== undefined) bronnen.push("maandsalaris");
  if (p.schaal !== undefined || p.trede !== undefined) bronnen.push("cao");
  if (p.loonkosten_fte !== undefined) bronnen.push("loonkosten_fte");
  if (p.loonkosten_per_uur !== undefined) bronnen.push("loonkosten_per_uur");
  if (bronnen.length > 1) {
    const namen = bronnen.map((b) => (b === "cao" ? "cao/schaal/trede" : b));
    throw new InvoerFout(
      MSG.conflict(
        `${namen.join(" én ")} zijn allebei opgegeven; geef het salaris op één manier: maandsalaris, cao + schaal + trede, loonkosten_fte of loonkosten_per_uur.`,
      ),
      { parameter: bronnen[1] === "cao" ? "schaal" : bronnen[1], toegestaan: "één van maandsalaris, cao/schaal/trede, loonkosten_fte, loonkosten_per_uur" },
    );
  }
  if (bronnen.length === 0) {
    throw new InvoerFout(MSG.ontbreekt("maandsalaris", "geef maandsalaris, of cao + schaal + trede, of loonkosten_fte, of loonkosten_per_uur."), {
      parameter: "maandsalaris",
      toegestaan: "maandsalaris, cao/schaal/trede, loonkosten_fte of loonkosten_per_uur",
    });
  }
  return bronnen[0];
}

/** Personnel cost per fte and paid hours of one function (no productivity yet). */
export function bepaalPersoneel(p: FunctieParameters, context: RekenContext = {}): Personeel {
  const loonbron = bepaalLoonbron(p);
  const herkomst: Herkomst[] = [];
  const toelichting: string[] = [];
  // the date (peildatum, else the context's today) is only needed for CAO lookups; with loonkosten given directly
  // there is no maandsalaris (bepaalLoonbron refuses both)
  let maandsalaris = p.maandsalaris;
  let tabelUren: Decimal | undefined;
  let cao = p.cao;

  if (loonbron === "cao") {
    if (p.cao === undefined || p.schaal === undefined || p.trede === undefined) {
      const ontbreekt = p.cao === undefined ? "cao" : p.schaal === undefined ? "schaal" : "trede";
      throw new InvoerFout(MSG.ontbreekt(ontbreekt, "een salaris uit een CAO-tabel heeft cao, schaal én trede nodig (en optioneel peildatum)."), {
        parameter: ontbreekt,
        toegestaan: "cao, schaal en trede samen",
      });
    }
    if (!context.caoBron) {
      throw new InvoerFout(MSG.ontbreekt("maandsalaris", "er zijn geen CAO-tabellen beschikbaar in deze omgeving; geef maandsalaris."), { parameter: "cao" });
    }
    const datum = peildatumOfVandaag(p.peildatum, context);
    const s = context.caoBron.salaris({ cao: p.cao, schaal: p.schaal, trede: p.trede, peildatum: datum });
    maandsalaris = s.bedrag;
    tabelUren = s.urenPerWeek;
    cao = s.cao;
    herkomst.push(s.herkomst);
    toelichting.push(`salaris ${s.cao} ${s.schaal} trede ${s.trede} per ${datum}: ${s.herkomst.omschrijving} (${statusTekst(s.herkomst)})`);
  }

  /** A value given by the user, else the CAO's (its source recorded), else the default. */
  const uitCao = (naam: "eindejaarsuitkering" | "vakantietoeslag", gegeven: Decimal | undefined, standaard: Decimal): Decimal => {
    if (gegeven !== undefined) return gegeven;
    const std = caoStandaard(context, cao, naam, p.peildatum);
    if (!std) return standaard;
    herkomst.push(std.herkomst);
    return std.waarde;
  };
  const urenPerWeek = bepaalUrenPerWeek(p, cao, context, herkomst, tabelUren);
  const waarschuwingen = loonbron === "maandsalaris" ? onderMinimumloon(maandsalaris!, urenPerWeek, p, context, herkomst) : undefined;
  const h = betaaldeUren(urenPerWeek, p.jaaruren);

  if (loonkostenDirect(loonbron)) {
    // a 0 would not count either way: not a conflict (a desktop blank arrives as 0)
    const overbodig = LOONOPSLAG_SLEUTELS.filter((k) => teltAlsOpgegeven(p[k]));
    if (overbodig.length > 0) {
      throw new InvoerFout(
        MSG.conflict(
          `${loonbron} bevat de loonkosten al; ${overbodig.join(", ")} zou${overbodig.length > 1 ? "den" : ""} dan niet meetellen. Laat ${overbodig.length > 1 ? "ze" : "die"} weg of geef maandsalaris in plaats van ${loonbron}.`,
        ),
        { parameter: overbodig[0], toegestaan: `niet samen met ${loonbron}` },
      );
    }
    const lk = loonbron === "loonkosten_fte" ? p.loonkosten_fte! : p.loonkosten_per_uur!.times(h);
    toelichting.push(loonbron === "loonkosten_fte" ? "loonkosten per fte opgegeven" : "loonkosten per betaald uur opgegeven");
    return { functie: p.functie ?? "", loonbron, urenPerWeek, loonkosten: loonkostenOpgegeven(lk), betaaldeUren: h, herkomst, toelichting };
  }

  for (const verplicht of ["sociale_lasten", "pensioenpremie"] as const) {
    if (p[verplicht] === undefined) {
      throw new InvoerFout(
        MSG.ontbreekt(
          verplicht,
          `nodig om van salaris naar loonkosten te rekenen (${verplicht === "sociale_lasten" ? "bijv. 0,18 voor AWf, Aof, Whk, Zvw en Wko samen" : "werkgeversdeel, bijv. 0,13 bij PFZW"}).`,
        ),
        { parameter: verplicht, toegestaan: "een fractie, bijv. 0,18" },
      );
    }
  }
  const eju = uitCao("eindejaarsuitkering", p.eindejaarsuitkering, STANDAARD_EINDEJAARSUITKERING);
  const vt = uitCao("vakantietoeslag", p.vakantietoeslag, STANDAARD_VAKANTIETOESLAG);
  const loonkosten = berekenLoonkosten({
    maandsalaris: maandsalaris!,
    vakantietoeslag: vt,
    eindejaarsuitkering: eju,
    ort: p.ort ?? ZERO,
    overige_looncomponenten: p.overige_looncomponenten ?? ZERO,
    sociale_lasten: p.sociale_lasten!,
    pensioenpremie: p.pensioenpremie!,
    pensioen_franchise: p.pensioen_franchise ?? ZERO,
    overige_personeelskosten: p.overige_personeelskosten ?? ZERO,
  });
  return {
    functie: p.functie ?? "",
    loonbron,
    maandsalaris,
    urenPerWeek,
    loonkosten,
    betaaldeUren: h,
    herkomst,
    toelichting,
    ...(waarschuwingen ? { waarschuwingen } : {}),
  };
}

/**
 * A maandsalaris given directly is not refused when it lies below the statutory minimum wage for the hours, but
 * the breakdown says so visibly (salary line and sources).
 */
function onderMinimumloon(
  maandsalaris: Decimal,
  urenPerWeek: Decimal,
  p: FunctieParameters,
  context: RekenContext,
  herkomst: Herkomst[],
): string[] | undefined {
  const m = context.caoBron?.minimumloon?.(peildatumOfVandaag(p.peildatum, context), urenPerWeek);
  if (!m || !maandsalaris.lessThan(m.bedrag)) return undefined;
  const tekst = `LET OP: maandsalaris € ${maandsalaris.toFixed(2).replace(".", ",")} ligt onder het wettelijk minimumloon (${m.berekening}); een tarief op dit salaris is niet reëel`;
  herkomst.push({ ...m.herkomst, omschrijving: `${tekst}. ${m.herkomst.omschrijving}` });
  return [tekst];
}
