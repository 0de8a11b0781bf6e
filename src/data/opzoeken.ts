/**
 * Salary lookups (the engine's `CaoBron`) and CAO parameters. Product behaviour on dates after the last table:
 * the last table (shipped or user) in force on the date is returned as is while no structural increase has taken
 * effect since; otherwise the table is derived with those increases, marked `afgeleid`, and the increases are
 * listed in `herkomst.toegepast`. Never another table, never a silent guess.
 */
import type { CaoBron, CaoStandaard, Herkomst, Minimumloon, SalarisOpzoeking, SalarisUitkomst, Status } from "../core/bronnen";
import { Decimal } from "../core/decimal";
import { InvoerFout, NietGevondenFout } from "../core/errors";
import { formatBedrag, formatGetal, formatProcent } from "../core/format";
import { leesDatumWaarde } from "../core/parameters/waarden";
import { caoVerouderd } from "./actualiteit";
import { leidTabelAf, verhogingenTussen } from "./afleiden";
import { DATA_MSG } from "./berichten";
import { bekendeCaos, caoParameterNamen, caoSleutels, isFractieParameter, normaliseerParameterNaam, zoekCao } from "./caos";
import { formatDatum } from "./datums";
import { gebruikersTabellen as globaleRegistratie, type GebruikersParameter, type GebruikersTabellen } from "./gebruikers";
import { MEEGELEVERDE_TABELLEN } from "./laden";
import { wettelijkMinimumMaandloon } from "./minimumloon";
import { dichtstbij, geenHeelNummer, schaalKern, sleutelCao, tredeKern } from "./namen";
import type { CaoDataset, CaoParameterRegel, CaoTabel, Ontbreekt } from "./schema";

const WEKEN_PER_MAAND = new Decimal(52).dividedBy(12);

export const PRODUCTGEDRAG_AFLEIDEN =
  "Afgeleid: de structurele verhogingen die na de laatste tabel zijn ingegaan, zijn toegepast (productgedrag: een latere tabel wordt alleen afgeleid als er sindsdien verhogingen zijn ingegaan, en dan gemarkeerd als afgeleid)";

function peildatumIso(peildatum: unknown): string {
  const iso = leesDatumWaarde(peildatum);
  if (!iso) throw new InvoerFout(DATA_MSG.ongeldigeDatum("peildatum", peildatum), { parameter: "peildatum", waarde: peildatum });
  return iso;
}

function waarTeHalen(dataset: CaoDataset | undefined, tabel?: CaoTabel, trefwoord = "tabel"): string {
  const uitTabel = tabel?.ontbreekt?.find((o) => !o.schaal);
  if (uitTabel) return uitTabel.waar;
  const uitCao = dataset?.ontbreekt.find((o) => o.wat.toLowerCase().includes(trefwoord));
  if (uitCao) return uitCao.waar;
  return tabel ? tabel.bron : "de officiële CAO-tekst of de website van de CAO-partijen";
}

interface CaoKeuze {
  naam: string;
  dataset?: CaoDataset;
}

function kiesCao(cao: string, registratie: GebruikersTabellen): CaoKeuze {
  const d = typeof cao === "string" ? zoekCao(cao) : undefined;
  if (d) return { naam: d.cao, dataset: d };
  const k = typeof cao === "string" ? sleutelCao(cao) : "";
  const eigen = [...registratie.lijst(), ...registratie.parameters()].find((t) => sleutelCao(t.cao) === k);
  if (eigen && k) return { naam: eigen.cao };
  const kandidaten = [...caoSleutels(), ...registratie.lijst().map((t) => ({ sleutel: sleutelCao(t.cao), naam: t.cao }))];
  const bekend = [...new Set([...bekendeCaos(), ...registratie.lijst().map((t) => t.cao)])];
  throw new NietGevondenFout(DATA_MSG.onbekendeCao(String(cao), dichtstbij(String(cao), kandidaten), bekend), { parameter: "cao", waarde: cao });
}

/** Shipped tables and user tables of a CAO, by date; a user table replaces a shipped one of the same date. */
export function tabellenVan(caoNaam: string, registratie: GebruikersTabellen): CaoTabel[] {
  const k = sleutelCao(caoNaam);
  const perDatum = new Map<string, CaoTabel>();
  for (const t of MEEGELEVERDE_TABELLEN) if (sleutelCao(t.cao) === k) perDatum.set(t.geldigVanaf, t);
  for (const t of registratie.lijst()) if (sleutelCao(t.cao) === k) perDatum.set(t.geldigVanaf, t);
  return [...perDatum.values()].sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf));
}

const afgeleidCache = new WeakMap<CaoTabel, Map<string, CaoTabel>>();

/** The table in force on `peildatum` (derived when increases took effect since), plus warnings for known gaps. */
export function tabelOpDatum(cao: string, peildatum: string, registratie: GebruikersTabellen = globaleRegistratie): { tabel: CaoTabel; basis: CaoTabel; dataset?: CaoDataset; waarschuwingen: Ontbreekt[] } {
  const keuze = kiesCao(cao, registratie);
  const datum = peildatumIso(peildatum);
  const tabellen = tabellenVan(keuze.naam, registratie);
  if (tabellen.length === 0) throw new NietGevondenFout(DATA_MSG.geenTabel(keuze.naam, waarTeHalen(keuze.dataset, undefined, "salaristabel")), { parameter: "cao", waarde: cao });
  const geldig = tabellen.filter((t) => t.geldigVanaf <= datum);
  if (geldig.length === 0) {
    throw new NietGevondenFout(DATA_MSG.datumVoorEersteTabel(keuze.naam, datum, tabellen[0].geldigVanaf, waarTeHalen(keuze.dataset, tabellen[0])), { parameter: "peildatum", waarde: peildatum });
  }
  const basis = geldig[geldig.length - 1];
  const verhogingen = keuze.dataset?.verhogingen ?? [];
  const toe = verhogingenTussen(basis.geldigVanaf, datum, verhogingen);
  let tabel = basis;
  if (toe.length > 0) {
    const sleutel = toe[toe.length - 1].geldigVanaf;
    let perTabel = afgeleidCache.get(basis);
    if (!perTabel) afgeleidCache.set(basis, (perTabel = new Map()));
    tabel = perTabel.get(sleutel) ?? leidTabelAf(basis, datum, verhogingen);
    perTabel.set(sleutel, tabel);
  }
  const waarschuwingen = (keuze.dataset?.ontbreekt ?? []).filter((o) => o.vanaf && o.vanaf > basis.geldigVanaf && o.vanaf <= datum && !o.schaal);
  return { tabel, basis, dataset: keuze.dataset, waarschuwingen };
}

function maandFactor(tabel: CaoTabel): Decimal {
  return tabel.eenheid === "uur" ? new Decimal(tabel.urenPerWeek ?? "36").times(WEKEN_PER_MAAND) : new Decimal(1);
}

export function zoekSalaris(opzoeking: SalarisOpzoeking, registratie: GebruikersTabellen = globaleRegistratie): SalarisUitkomst {
  const datum = peildatumIso(opzoeking.peildatum);
  const { tabel, basis, dataset, waarschuwingen } = tabelOpDatum(opzoeking.cao, datum, registratie);
  const naamTabel = tabel.omschrijving;

  for (const soort of ["schaal", "trede"] as const) {
    if (geenHeelNummer(opzoeking[soort], soort)) {
      throw new InvoerFout(DATA_MSG.geenHeelNummer(soort, opzoeking[soort]), { parameter: soort, waarde: opzoeking[soort], toegestaan: "een heel getal van 0 of hoger" });
    }
  }
  const kern = schaalKern(opzoeking.schaal);
  const schaal = kern === null ? undefined : tabel.schalen.find((s) => schaalKern(s.naam) === kern);
  if (!schaal) {
    const gewijzigd = kern === null ? undefined : tabel.ontbreekt?.find((o) => o.schaal && schaalKern(o.schaal) === kern);
    if (gewijzigd) throw new NietGevondenFout(DATA_MSG.schaalGewijzigd(gewijzigd.schaal as string, basis.omschrijving, formatDatum(gewijzigd.vanaf as string), waarTeHalen(dataset, basis)), { parameter: "schaal", waarde: opzoeking.schaal });
    throw new NietGevondenFout(DATA_MSG.onbekendeSchaal(tabel.cao, String(opzoeking.schaal), naamTabel, tabel.schalen.map((s) => s.naam), waarTeHalen(dataset, tabel)), { parameter: "schaal", waarde: opzoeking.schaal });
  }

  const tk = tredeKern(opzoeking.trede);
  const trede = tk === null ? undefined : schaal.treden.find((t) => tredeKern(t.trede) === tk);
  if (!trede) {
    const nummers = schaal.treden.map((t) => t.trede).filter((t) => /^\d+$/.test(t)).map(Number);
    const hoogste = nummers.length ? Math.max(...nummers) : undefined;
    if (tk !== null && /^\d+$/.test(tk) && hoogste !== undefined && Number(tk) > hoogste) {
      if (schaal.onvolledig) throw new NietGevondenFout(DATA_MSG.tredeNietInBron(schaal.naam, String(opzoeking.trede), naamTabel, String(hoogste), schaal.onvolledig), { parameter: "trede", waarde: opzoeking.trede });
      throw new NietGevondenFout(DATA_MSG.tredeBovenMaximum(schaal.naam, String(opzoeking.trede), naamTabel, String(hoogste)), { parameter: "trede", waarde: opzoeking.trede });
    }
    throw new NietGevondenFout(DATA_MSG.onbekendeTrede(schaal.naam, String(opzoeking.trede), naamTabel, schaal.treden.map((t) => t.trede)), { parameter: "trede", waarde: opzoeking.trede });
  }
  if (trede.bedrag === null) {
    throw new NietGevondenFout(DATA_MSG.gatInTabel(schaal.naam, trede.trede, naamTabel, waarTeHalen(dataset, basis)), { parameter: "trede", waarde: opzoeking.trede });
  }

  const tabelBedrag = new Decimal(trede.bedrag);
  const factor = maandFactor(tabel);
  const uitTabel = tabelBedrag.times(factor);
  const delen = [`${naamTabel}; ${schaal.naam}, trede ${trede.trede}`];
  if (tabel.eenheid === "uur") delen.push(`Uurloon € ${formatGetal(tabelBedrag, 2)} × ${formatGetal(factor)} (${formatGetal(tabel.urenPerWeek ?? "36")} uur × 52 / 12) = maandbedrag`);
  if (tabel !== basis) delen.push(PRODUCTGEDRAG_AFLEIDEN);
  else if (datum > tabel.geldigVanaf) delen.push(`Laatste tabel op of vóór ${formatDatum(datum)}; sinds ${formatDatum(tabel.geldigVanaf)} is geen structurele verhoging ingegaan`);
  for (const w of waarschuwingen) delen.push(`Let op: ${w.wat} (bron: ${w.waar})`);
  for (const k of tabel.afgeleideKenmerken ?? []) delen.push(`Afgeleid kenmerk van de bron: ${k}`);

  // the statutory minimum wage is a floor under every table amount (shipped, derived or user)
  const uren = tabelUren(tabel, datum, registratie);
  const minimum = wettelijkMinimumMaandloon(datum, uren.waarde, uren.uitleg);
  let bedrag = uitTabel;
  let status: Status = tabel.status;
  const toegepast = [...(tabel.toegepast ?? [])];
  let bodem: SalarisUitkomst["minimumloon"];
  if (uitTabel.lessThan(minimum.bedrag)) {
    bedrag = minimum.bedrag;
    status = "afgeleid";
    bodem = { tabelBedrag: uitTabel, minimum };
    const tekst = `Verhoogd tot het wettelijk minimumloon: het tabelbedrag ${formatBedrag(uitTabel)} (${tabel.status}, ${tabel.bron}) ligt onder het wettelijk minimumloon ${minimum.berekening} (${minimum.herkomst.status}, ${minimum.herkomst.bron}); gebruikt: ${formatBedrag(minimum.bedrag)}`;
    delen.unshift(tekst);
    toegepast.push(`wettelijk minimumloon per ${formatDatum(minimum.herkomst.geldigVanaf)}: ${formatBedrag(uitTabel)} → ${formatBedrag(minimum.bedrag)}`);
  }

  const verouderd = caoVerouderd(dataset, datum, tabel.geldigVanaf) ?? (bodem ? minimum.herkomst.verouderd : undefined);
  if (verouderd) delen.push(`Mogelijk verouderd: ${verouderd.toelichting}`);

  const herkomst: Herkomst = {
    omschrijving: delen.join(". "),
    bron: tabel.bron,
    geldigVanaf: tabel.geldigVanaf,
    status,
    ...(toegepast.length ? { toegepast } : {}),
    ...(verouderd ? { verouderd } : {}),
  };
  return {
    bedrag,
    cao: tabel.cao,
    schaal: schaal.naam,
    trede: trede.trede,
    ...(tabel.urenPerWeek ? { urenPerWeek: new Decimal(tabel.urenPerWeek) } : {}),
    herkomst,
    ...(bodem ? { minimumloon: bodem } : {}),
  };
}

/** Full-time hours of a table: its own, else the CAO's uren_per_week on the date, else the engine default 36 (said so). */
function tabelUren(tabel: CaoTabel, datum: string, registratie: GebruikersTabellen): { waarde: Decimal; uitleg: string } {
  if (tabel.urenPerWeek) return { waarde: new Decimal(tabel.urenPerWeek), uitleg: "voltijd volgens de tabel" };
  try {
    const p = caoParameter(tabel.cao, "uren_per_week", datum, registratie);
    return { waarde: p.waarde, uitleg: `uren_per_week van CAO ${tabel.cao}` };
  } catch (e) {
    if (!(e instanceof NietGevondenFout)) throw e;
    return { waarde: new Decimal(36), uitleg: `uren_per_week van CAO ${tabel.cao} onbekend; 36 aangenomen` };
  }
}

/** The statutory minimum wage per month for a full-time job of `urenPerWeek` hours (for salaries given directly). */
export function minimumloonVoor(peildatum: string, urenPerWeek: Decimal): Minimumloon | undefined {
  const datum = peildatumIso(peildatum);
  try {
    return wettelijkMinimumMaandloon(datum, urenPerWeek);
  } catch (e) {
    if (e instanceof NietGevondenFout) return undefined;
    throw e;
  }
}

type ParameterRegel = CaoParameterRegel | (GebruikersParameter & { status: "gebruiker"; opmerking?: undefined; minimumBedrag?: undefined; grondslag?: undefined });

/** All known values of a parameter for a CAO (shipped and user), by date; on the same date the user value wins. */
function regelsVan(keuze: CaoKeuze, naam: string, registratie: GebruikersTabellen): ParameterRegel[] {
  const k = sleutelCao(keuze.naam);
  const eigen: ParameterRegel[] = registratie.parameters().filter((p) => sleutelCao(p.cao) === k && p.naam === naam).map((p) => ({ ...p, status: "gebruiker" as const }));
  const meegeleverd = (keuze.dataset?.parameters ?? []).filter((p) => p.naam === naam && !eigen.some((e) => e.geldigVanaf === p.geldigVanaf));
  return [...meegeleverd, ...eigen].sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf));
}

/** A CAO parameter on a date; throws NietGevondenFout (missing, with where to get it) or InvoerFout (unknown name/date). */
export function caoParameter(cao: string, naam: string, peildatum: string, registratie: GebruikersTabellen = globaleRegistratie): { waarde: Decimal; herkomst: Herkomst } {
  const datum = peildatumIso(peildatum);
  const n = normaliseerParameterNaam(naam);
  const bekend = caoParameterNamen();
  if (!bekend.includes(n)) throw new InvoerFout(DATA_MSG.onbekendeParameter(String(naam), bekend), { parameter: "naam", waarde: naam });
  const keuze = kiesCao(cao, registratie);
  const dataset = keuze.dataset;
  const regels = regelsVan(keuze, n, registratie);
  if (regels.length === 0) {
    const gat = dataset?.ontbreekt.find((o) => o.wat.toLowerCase().startsWith(n.replace(/_/g, " ")) || o.wat.toLowerCase().startsWith(n));
    throw new NietGevondenFout(DATA_MSG.parameterOntbreekt(keuze.naam, n, gat?.waar ?? waarTeHalen(dataset, undefined, n.replace(/_/g, " "))), { parameter: n, waarde: cao });
  }
  const regel = regels.filter((p) => p.geldigVanaf <= datum).pop();
  if (!regel) throw new NietGevondenFout(DATA_MSG.parameterVoorDatum(keuze.naam, n, datum, regels[0].geldigVanaf), { parameter: n, waarde: peildatum });

  let waarde = new Decimal(regel.waarde);
  let status: Status = regel.status;
  const toegepast: string[] = [];
  let omschrijving = `CAO ${keuze.naam}, ${n} = ${isFractieParameter(n) ? formatProcent(waarde) : formatGetal(waarde)}`;
  if (regel.status === "gebruiker") omschrijving += " (door de gebruiker ingevoerd)";
  if (regel.grondslag === "salaris_en_vakantietoeslag") {
    const vt = regelsVan(keuze, "vakantietoeslag", registratie).filter((p) => p.geldigVanaf <= datum).pop();
    if (!vt) throw new NietGevondenFout(DATA_MSG.parameterOntbreekt(keuze.naam, "vakantietoeslag", waarTeHalen(dataset, undefined, "vakantietoeslag")));
    const gepubliceerd = waarde;
    const factor = new Decimal(1).plus(vt.waarde);
    waarde = gepubliceerd.times(factor);
    status = "afgeleid";
    toegepast.push(`${formatProcent(gepubliceerd)} over salaris + vakantietoeslag ${formatProcent(vt.waarde)} = ${formatProcent(gepubliceerd)} × ${formatGetal(factor)} = ${formatProcent(waarde)} van het salaris`);
    omschrijving = `CAO ${keuze.naam}, eindejaarsuitkering ${formatProcent(gepubliceerd)} berekend over salaris + vakantietoeslag (${regel.status}), omgerekend naar ${formatProcent(waarde)} van het salaris`;
  }
  if (regel.minimumBedrag) omschrijving += `, minimaal € ${formatGetal(regel.minimumBedrag, 2)} per maand`;
  if (regel.opmerking) omschrijving += ` (${regel.opmerking})`;
  return {
    waarde,
    herkomst: { omschrijving, bron: regel.bron, geldigVanaf: regel.geldigVanaf, status, ...(toegepast.length ? { toegepast } : {}) },
  };
}

export function maakCaoBron(tabellen: GebruikersTabellen = globaleRegistratie): CaoBron {
  return {
    salaris: (opzoeking) => zoekSalaris(opzoeking, tabellen),
    caoParameter(cao: string, naam: string, peildatum: string): CaoStandaard | undefined {
      try {
        return caoParameter(cao, naam, peildatum, tabellen);
      } catch (e) {
        if (e instanceof NietGevondenFout) return undefined;
        throw e;
      }
    },
    minimumloon: (peildatum, urenPerWeek) => minimumloonVoor(peildatum, urenPerWeek),
  };
}

export const standaardCaoBron: CaoBron = maakCaoBron(globaleRegistratie);

export function caoTabellen(registratie: GebruikersTabellen = globaleRegistratie): Array<{ cao: string; geldigVanaf: string; status: Status; bron: string; omschrijving: string; schalen: string[] }> {
  const caos = new Set([...MEEGELEVERDE_TABELLEN.map((t) => t.cao), ...registratie.lijst().map((t) => t.cao)]);
  return [...caos].flatMap((c) => tabellenVan(c, registratie)).map((t) => ({ cao: t.cao, geldigVanaf: t.geldigVanaf, status: t.status, bron: t.bron, omschrijving: t.omschrijving, schalen: t.schalen.map((s) => s.naam) }));
}
