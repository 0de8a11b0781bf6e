/**
 * User tables from a sheet range: a CAO salary table (official layout: a header row, first column the other axis;
 * scales as columns or as rows) and a CAO parameter set (name | value). Every problem is an InvoerFout whose message
 * names the cell (1-based row and column within the range). CSV (./csv.ts) and JSON (./json.ts) are read through
 * the same range reader.
 */
import { Decimal } from "../../core/decimal";
import { InvoerFout } from "../../core/errors";
import { isLeeg } from "../../core/parameters/cellen";
import { leesGetal, waaromGeenGetal } from "../../core/parameters/getallen";
import { leesDatumWaarde } from "../../core/parameters/waarden";
import { formatGetal } from "../../core/format";
import { DATA_MSG } from "../berichten";
import { caoParameterNamen, canoniekeCao, isFractieParameter, normaliseerParameterNaam, schaalPastNiet, schaalVoorvoegsel } from "../caos";
import type { GebruikersParameter } from "../gebruikers";
import { formatDatum } from "../datums";
import { MEEGELEVERDE_TABELLEN } from "../laden";
import { canoniekeSchaalnaam, schaalKern, sleutelCao, tredeKern } from "../namen";
import type { CaoTabel } from "../schema";

export interface TabelMeta {
  cao: string;
  /** ISO date, Dutch date text or Excel serial */
  geldigVanaf: string | number;
  bron?: string;
  eenheid?: "maand" | "uur";
  /** "kolommen": header row holds scale names (default when it does); "rijen": first column holds them */
  orientatie?: "kolommen" | "rijen";
  /** rounding used when deriving later tables; default: that of the shipped table of the same CAO, else cent */
  afronding?: "euro" | "cent";
  urenPerWeek?: string;
  omschrijving?: string;
}

/** An input error at a cell of the range (1-based row and column), or of the table as a whole. */
export const fout = (msg: string, rij?: number, kolom?: number) => new InvoerFout(msg, { rij, kolom });

function heeftVoorvoegsel(cel: unknown): boolean {
  return typeof cel === "string" && /[a-z]/i.test(cel) && schaalKern(cel) !== null;
}

function trimBereik(bereik: unknown[][]): unknown[][] {
  const rijen = bereik.map((r) => [...(Array.isArray(r) ? r : [])]);
  while (rijen.length && rijen[rijen.length - 1].every(isLeeg)) rijen.pop();
  const breedte = Math.max(
    0,
    ...rijen.map((r) => {
      let n = r.length;
      while (n > 0 && isLeeg(r[n - 1])) n--;
      return n;
    }),
  );
  return rijen.map((r) => Array.from({ length: breedte }, (_, i) => r[i]));
}

function leesMeta(meta: TabelMeta): { cao: string; geldigVanaf: string; eenheid: "maand" | "uur"; afronding: "euro" | "cent" } {
  if (!meta || typeof meta.cao !== "string" || meta.cao.trim() === "")
    throw fout(DATA_MSG.ongeldigeMeta("cao", meta?.cao, "de naam van de CAO, bijv. 'Gehandicaptenzorg'"));
  const geldigVanaf = leesDatumWaarde(meta.geldigVanaf);
  if (!geldigVanaf) throw fout(DATA_MSG.ongeldigeDatum("geldig_vanaf", meta.geldigVanaf));
  const eenheid = meta.eenheid ?? "maand";
  if (eenheid !== "maand" && eenheid !== "uur") throw fout(DATA_MSG.ongeldigeKeuze("eenheid", eenheid, ["maand", "uur"]));
  const cao = canoniekeCao(meta.cao);
  const afronding = meta.afronding ?? MEEGELEVERDE_TABELLEN.find((t) => sleutelCao(t.cao) === sleutelCao(cao))?.afronding ?? "cent";
  return { cao, geldigVanaf, eenheid, afronding };
}

/** Reads a table from a range (`bereik[rij][kolom]`, as Excel's `Range.values`). */
export function leesTabelUitBereik(bereik: unknown[][], meta: TabelMeta): CaoTabel {
  const m = leesMeta(meta);
  if (!Array.isArray(bereik)) throw fout(DATA_MSG.bereikTeKlein());
  const raster = trimBereik(bereik);
  if (raster.length < 2 || raster[0].length < 2) throw fout(DATA_MSG.bereikTeKlein());

  const kop = raster[0].slice(1);
  const eersteKolom = raster.slice(1).map((r) => r[0]);
  const orientatie = meta.orientatie ?? (kop.some(heeftVoorvoegsel) ? "kolommen" : eersteKolom.some(heeftVoorvoegsel) ? "rijen" : "kolommen");
  const kolommen = orientatie === "kolommen";

  // positions (1-based) of scale labels and step labels
  const schaalLabels = kolommen ? kop.map((w, i) => ({ w, rij: 1, kolom: i + 2 })) : eersteKolom.map((w, i) => ({ w, rij: i + 2, kolom: 1 }));
  const tredeLabels = kolommen ? eersteKolom.map((w, i) => ({ w, rij: i + 2, kolom: 1 })) : kop.map((w, i) => ({ w, rij: 1, kolom: i + 2 }));
  const cel = (s: number, t: number) =>
    kolommen ? { w: raster[t + 1][s + 1], rij: t + 2, kolom: s + 2 } : { w: raster[s + 1][t + 1], rij: s + 2, kolom: t + 2 };

  const voorkeur = schaalLabels.some((l) => typeof l.w === "string" && /fwg/i.test(l.w)) ? "FWG" : "Schaal";
  const voorvoegsel = schaalVoorvoegsel(m.cao, voorkeur);
  const schaalNamen: string[] = [];
  for (const l of schaalLabels) {
    const kern = schaalKern(l.w);
    if (kern === null) throw fout(DATA_MSG.onbekendeSchaalnaam(l.w, l.rij, l.kolom), l.rij, l.kolom);
    const bekend = schaalPastNiet(m.cao, kern);
    if (bekend) throw fout(DATA_MSG.schaalNietInCao(l.w, m.cao, bekend, l.rij, l.kolom), l.rij, l.kolom);
    const naam = canoniekeSchaalnaam(kern, voorvoegsel);
    if (schaalNamen.includes(naam)) throw fout(DATA_MSG.dubbeleSchaal(naam, l.rij, l.kolom), l.rij, l.kolom);
    schaalNamen.push(naam);
  }

  const treden: string[] = [];
  for (const [i, l] of tredeLabels.entries()) {
    const kern = tredeKern(l.w);
    if (kern === null) throw fout(DATA_MSG.ongeldigeTrede(l.w, l.rij, l.kolom), l.rij, l.kolom);
    if (treden.includes(kern)) throw fout(DATA_MSG.dubbeleTrede(kern, l.rij, l.kolom), l.rij, l.kolom);
    const vorige = treden[i - 1];
    if (vorige !== undefined && /^\d+$/.test(vorige) && /^\d+$/.test(kern) && Number(kern) !== Number(vorige) + 1) {
      const ontbrekend = Number(kern) > Number(vorige) + 1 ? String(Number(vorige) + 1) : kern;
      throw fout(DATA_MSG.ontbrekendeTredeNummering(ontbrekend, vorige, kern, l.rij, l.kolom), l.rij, l.kolom);
    }
    treden.push(kern);
  }

  const schalen = schaalNamen.map((naam, s) => {
    const bedragen = treden.map((trede, t) => {
      const c = cel(s, t);
      if (isLeeg(c.w)) return { trede, bedrag: null as Decimal | null, ...c };
      const g = leesGetal(c.w, true);
      if (!g) {
        // only for a cell that is not read: why, when the reason is worth telling (ambiguous separators)
        const reden = waaromGeenGetal(c.w, true);
        throw fout(
          reden ? DATA_MSG.onleesbaarBedrag(reden, naam, trede, c.rij, c.kolom) : DATA_MSG.geenBedrag(c.w, naam, trede, c.rij, c.kolom),
          c.rij,
          c.kolom,
        );
      }
      if (g.procent) throw fout(DATA_MSG.geenBedrag(c.w, naam, trede, c.rij, c.kolom), c.rij, c.kolom);
      if (g.getal.lessThanOrEqualTo(0)) throw fout(DATA_MSG.negatiefBedrag(c.w, naam, trede, c.rij, c.kolom), c.rij, c.kolom);
      return { trede, bedrag: g.getal, ...c };
    });
    const gevuld = bedragen.map((b, i) => (b.bedrag ? i : -1)).filter((i) => i >= 0);
    if (gevuld.length === 0) {
      const l = schaalLabels[s];
      throw fout(DATA_MSG.legeSchaal(naam, l.rij, l.kolom), l.rij, l.kolom);
    }
    const eerste = gevuld[0];
    const laatste = gevuld[gevuld.length - 1];
    // leading empty cells are allowed (a CAO may drop the first steps of a scale), trailing ones too (shorter scale)
    for (let i = eerste; i <= laatste; i++) {
      const b = bedragen[i];
      if (!b.bedrag) throw fout(DATA_MSG.ontbrekendeTrede(naam, b.trede, b.rij, b.kolom), b.rij, b.kolom);
      const v = bedragen[i - 1];
      if (i > eerste && v.bedrag && b.bedrag.lessThan(v.bedrag)) {
        throw fout(DATA_MSG.dalendBedrag(naam, b.trede, `€ ${formatGetal(b.bedrag)}`, v.trede, `€ ${formatGetal(v.bedrag)}`, b.rij, b.kolom), b.rij, b.kolom);
      }
    }
    return { naam, treden: bedragen.slice(eerste, laatste + 1).map((b) => ({ trede: b.trede, bedrag: (b.bedrag as Decimal).toFixed() })) };
  });

  return {
    cao: m.cao,
    omschrijving: meta.omschrijving ?? `Gebruikerstabel CAO ${m.cao} per ${formatDatum(m.geldigVanaf)}`,
    geldigVanaf: m.geldigVanaf,
    eenheid: m.eenheid,
    afronding: m.afronding,
    ...(meta.urenPerWeek ? { urenPerWeek: meta.urenPerWeek } : m.eenheid === "uur" ? { urenPerWeek: "36" } : {}),
    bron: meta.bron?.trim() || "gebruikerstabel (door de gebruiker ingevoerd)",
    status: "gebruiker",
    schalen,
  };
}

/**
 * Reads a CAO parameter set from a two-column range: name | value (a header row "naam | waarde" is skipped).
 * Percentages as 8%, 0,08 or 0.08; whole-number percentages (8) are refused, as everywhere in the product.
 */
export function leesParametersUitBereik(bereik: unknown[][], meta: { cao: string; geldigVanaf: string | number; bron?: string }): GebruikersParameter[] {
  const m = leesMeta({ cao: meta.cao, geldigVanaf: meta.geldigVanaf });
  const bekend = caoParameterNamen();
  const uit: GebruikersParameter[] = [];
  trimBereik(bereik).forEach((r, i) => {
    const rij = i + 1;
    const [naamCel, waardeCel] = r;
    if (isLeeg(naamCel) && isLeeg(waardeCel)) return;
    if (i === 0 && typeof naamCel === "string" && /^(naam|parameter)$/i.test(naamCel.trim())) return;
    if (isLeeg(naamCel)) throw fout(DATA_MSG.parameterZonderNaam(waardeCel, rij), rij, 1);
    const naam = normaliseerParameterNaam(naamCel);
    if (!bekend.includes(naam)) throw fout(DATA_MSG.onbekendeParameterInRij(naamCel, rij, bekend), rij, 1);
    const g = leesGetal(waardeCel, !isFractieParameter(naam));
    const fractie = isFractieParameter(naam);
    const toegestaan = fractie ? "een percentage van 0% tot 100% (bijv. 8% of 0,08)" : "een getal groter dan 0";
    if (!g || g.getal.isNegative() || (!fractie && g.getal.isZero())) throw fout(DATA_MSG.parameterWaarde(naam, waardeCel, rij, toegestaan), rij, 2);
    if (fractie && !g.procent && g.getal.greaterThanOrEqualTo(1)) {
      throw fout(
        g.getal.lessThanOrEqualTo(100) ? DATA_MSG.parameterHeelPercentage(naam, waardeCel, rij) : DATA_MSG.parameterWaarde(naam, waardeCel, rij, toegestaan),
        rij,
        2,
      );
    }
    uit.push({ cao: m.cao, naam, waarde: g.getal.toFixed(), geldigVanaf: m.geldigVanaf, bron: meta.bron?.trim() || "door de gebruiker ingevoerd" });
  });
  return uit;
}
