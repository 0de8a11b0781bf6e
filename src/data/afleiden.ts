/**
 * Deriving a CAO table for a later date from an earlier one by applying the dated structural increases in order
 * (domain spec §10). Per amount: raise = amount × percentage, bounded by the minimum/maximum amount per month,
 * after an optional fixed amount added first; each step is rounded as the CAO rounds its tables (table setting
 * `afronding`). The result is marked `afgeleid` and lists the increases applied.
 */
import { excelRound } from "../core/afronding";
import { Decimal } from "../core/decimal";
import { formatGetal, formatProcent } from "../core/format";
import { formatDatum } from "./datums";
import { schaalKern } from "./namen";
import type { CaoTabel, StructureleVerhoging } from "./schema";

const WEKEN_PER_MAAND = new Decimal(52).dividedBy(12);

/** "1 juni 2024: +2%", "1 november 2023: +5%, minimaal € 150 en maximaal € 300 per maand" */
export function beschrijfVerhoging(v: StructureleVerhoging): string {
  const delen = [`+${formatProcent(v.percentage)}`];
  if (v.vastBedragVooraf) delen.unshift(`eerst +€ ${formatGetal(v.vastBedragVooraf)}, daarna`);
  const grenzen: string[] = [];
  if (v.minimumBedrag) grenzen.push(`minimaal € ${formatGetal(v.minimumBedrag)}`);
  if (v.maximumBedrag) grenzen.push(`maximaal € ${formatGetal(v.maximumBedrag)}`);
  const grens = grenzen.length ? `, ${grenzen.join(" en ")} per maand` : "";
  const bodem = v.bodemUurloon
    ? `${new Decimal(v.percentage).isZero() ? "" : ", daarna "}loonbodem: treden onder € ${formatGetal(v.bodemUurloon, 2)} per uur naar € ${formatGetal(v.bodemUurloon, 2)} per uur`
    : "";
  const kern = new Decimal(v.percentage).isZero() && v.bodemUurloon && !v.vastBedragVooraf ? "" : `${delen.join(" ")}${grens}`;
  return `${formatDatum(v.geldigVanaf)}: ${kern}${kern ? bodem : bodem.replace(/^, (daarna )?/, "")}`;
}

/** The increases that take effect after the table's date, up to and including `peildatum`, in date order. */
export function verhogingenTussen(vanaf: string, peildatum: string, verhogingen: readonly StructureleVerhoging[]): StructureleVerhoging[] {
  return verhogingen.filter((v) => v.geldigVanaf > vanaf && v.geldigVanaf <= peildatum).sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf));
}

/**
 * The floor of a wage-floor rule in the table's unit: per hour for hourly tables; per month the hourly amount ×
 * the rule's hours per month (or uren_per_week × 52 / 12), rounded UP to the table's unit so no step ends below it.
 */
export function bodemInEenheid(v: StructureleVerhoging, eenheid: "maand" | "uur", afronding: "euro" | "cent", urenPerWeek: Decimal): Decimal | undefined {
  if (!v.bodemUurloon) return undefined;
  const uur = new Decimal(v.bodemUurloon);
  if (eenheid === "uur") return uur;
  const urenPerMaand = v.urenPerMaand ? new Decimal(v.urenPerMaand) : urenPerWeek.times(WEKEN_PER_MAAND);
  return uur.times(urenPerMaand).toDecimalPlaces(afronding === "euro" ? 0 : 2, Decimal.ROUND_UP);
}

/** Applies one increase to one amount (per month, or per hour when `uurFactor` converts the monthly bounds); then the rule's wage floor, if any. */
export function verhoogBedrag(bedrag: Decimal, v: StructureleVerhoging, afronding: "euro" | "cent", maandNaarEenheid: Decimal, bodem?: Decimal): Decimal {
  const basis = v.vastBedragVooraf ? bedrag.plus(new Decimal(v.vastBedragVooraf).times(maandNaarEenheid)) : bedrag;
  let verhoging = basis.times(v.percentage);
  if (v.minimumBedrag) {
    const min = new Decimal(v.minimumBedrag).times(maandNaarEenheid);
    if (verhoging.lessThan(min)) verhoging = min;
  }
  if (v.maximumBedrag) {
    const max = new Decimal(v.maximumBedrag).times(maandNaarEenheid);
    if (verhoging.greaterThan(max)) verhoging = max;
  }
  const na = excelRound(basis.plus(verhoging), afronding === "euro" ? 0 : 2);
  return bodem && na.lessThan(bodem) ? bodem : na;
}

/**
 * Derives `tabel` to `peildatum` with the increases that took effect after the table's date. Returns the table
 * unchanged when none did. Scales whose structure an increase changed (`gewijzigdeSchalen`) cannot be derived:
 * they are left out and listed in `ontbreekt`.
 */
export function leidTabelAf(tabel: CaoTabel, peildatum: string, verhogingen: StructureleVerhoging[]): CaoTabel {
  const toe = verhogingenTussen(tabel.geldigVanaf, peildatum, verhogingen);
  if (toe.length === 0) return tabel;
  const urenPerWeek = new Decimal(tabel.urenPerWeek ?? "36");
  const maandNaarEenheid = tabel.eenheid === "uur" ? ONE_DIV(urenPerWeek.times(WEKEN_PER_MAAND)) : new Decimal(1);

  const vervallen = new Map<string, StructureleVerhoging>();
  for (const v of toe) {
    for (const naam of v.gewijzigdeSchalen ?? []) {
      const kern = schaalKern(naam);
      if (kern && !vervallen.has(kern)) vervallen.set(kern, v);
    }
  }

  const schalen = tabel.schalen
    .filter((s) => !vervallen.has(schaalKern(s.naam) ?? s.naam))
    .map((s) => ({
      ...s,
      treden: s.treden.map((t) => {
        if (t.bedrag === null) return { ...t };
        let b = new Decimal(t.bedrag);
        for (const v of toe) b = verhoogBedrag(b, v, tabel.afronding, maandNaarEenheid, bodemInEenheid(v, tabel.eenheid, tabel.afronding, urenPerWeek));
        return { trede: t.trede, bedrag: b.toFixed(), ...(t.inpassingsnummer !== undefined ? { inpassingsnummer: t.inpassingsnummer } : {}) };
      }),
    }));

  const ontbreekt = [...(tabel.ontbreekt ?? [])];
  for (const s of tabel.schalen) {
    const v = vervallen.get(schaalKern(s.naam) ?? s.naam);
    if (v) {
      ontbreekt.push({
        wat: `${s.naam}: per ${formatDatum(v.geldigVanaf)} anders opgebouwd (treden vervallen of toegevoegd), daarom niet afgeleid`,
        waar: tabel.bron,
        schaal: s.naam,
        vanaf: v.geldigVanaf,
      });
    }
  }

  const laatste = toe[toe.length - 1].geldigVanaf;
  const toegepast = [...(tabel.toegepast ?? []), ...toe.map(beschrijfVerhoging)];
  const { dataset: _dataset, ladder: _ladder, ...rest } = tabel;
  return {
    ...rest,
    omschrijving: `${tabel.omschrijving}; afgeleid naar ${formatDatum(laatste)} met ${toe.length === 1 ? "de structurele verhoging" : "de structurele verhogingen"} ${toe.map(beschrijfVerhoging).join("; ")}`,
    geldigVanaf: laatste,
    status: "afgeleid",
    toegepast,
    schalen,
    ontbreekt,
  };
}

function ONE_DIV(d: Decimal): Decimal {
  return new Decimal(1).dividedBy(d);
}
